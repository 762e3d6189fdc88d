import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every rotation deletes its session's long-used refresh tokens: with (session_id, used_at) that is
 * a range probe that finds nothing most of the time, instead of a walk over all the session's tokens.
 */
export class RefreshTokenPruneIndex1765000000000 implements MigrationInterface {
  name = 'RefreshTokenPruneIndex1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "IDX_refresh_tokens_session_id_used_at" ON "refresh_tokens" ("session_id", "used_at")`,
    );
    await queryRunner.query(`DROP INDEX "IDX_refresh_tokens_session_id"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_refresh_tokens_session_id" ON "refresh_tokens" ("session_id")`);
    await queryRunner.query(`DROP INDEX "IDX_refresh_tokens_session_id_used_at"`);
  }
}
