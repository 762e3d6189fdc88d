import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Stored answers for Idempotency-Key retries. */
export class IdempotencyKeys1763700200000 implements MigrationInterface {
  name = 'IdempotencyKeys1763700200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "idempotency_keys" (
        "key_hash" character(64) NOT NULL,
        "fingerprint" character(64) NOT NULL,
        "state" character varying(16) NOT NULL,
        "locked_until" TIMESTAMP WITH TIME ZONE NOT NULL,
        "response" bytea,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "PK_idempotency_keys" PRIMARY KEY ("key_hash")
      )`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_idempotency_keys_expires_at" ON "idempotency_keys" ("expires_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "idempotency_keys"`);
  }
}
