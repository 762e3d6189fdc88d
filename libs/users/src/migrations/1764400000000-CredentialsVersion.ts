import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A per-user credentials version: bumped by every password change or reset, checked when a session opens. */
export class CredentialsVersion1764400000000 implements MigrationInterface {
  name = 'CredentialsVersion1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "credentials_version" integer NOT NULL DEFAULT 0`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "credentials_version"`);
  }
}
