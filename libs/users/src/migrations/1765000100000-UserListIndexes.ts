import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One index per list sort, matching its whole key (field, ties, id) so a page by cursor is a short
 * range scan at any depth; partial on live users, which every list but deleted=true reads (that
 * one gets a small index of its own). The role index also answers the active-admin count.
 */
export class UserListIndexes1765000100000 implements MigrationInterface {
  name = 'UserListIndexes1765000100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "IDX_users_live_created_at_id" ON "users" ("created_at", "id") WHERE "deleted_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_users_deleted_created_at_id" ON "users" ("created_at", "id") WHERE "deleted_at" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_users_live_name_id" ON "users" ("name", "id") WHERE "deleted_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_users_live_role_created_at_id" ON "users" ("role", "created_at", "id") WHERE "deleted_at" IS NULL`,
    );
    await queryRunner.query(`DROP INDEX "IDX_users_created_at"`);
    await queryRunner.query(`DROP INDEX "IDX_users_name"`);
    await queryRunner.query(`DROP INDEX "IDX_users_role_created_at"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_users_role_created_at" ON "users" ("role", "created_at")`);
    await queryRunner.query(`CREATE INDEX "IDX_users_name" ON "users" ("name")`);
    await queryRunner.query(`CREATE INDEX "IDX_users_created_at" ON "users" ("created_at")`);
    await queryRunner.query(`DROP INDEX "IDX_users_live_role_created_at_id"`);
    await queryRunner.query(`DROP INDEX "IDX_users_live_name_id"`);
    await queryRunner.query(`DROP INDEX "IDX_users_deleted_created_at_id"`);
    await queryRunner.query(`DROP INDEX "IDX_users_live_created_at_id"`);
  }
}
