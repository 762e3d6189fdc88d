import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The durable audit trail: who changed which record, how, in which request. */
export class AuditEvents1764400100000 implements MigrationInterface {
  name = 'AuditEvents1764400100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_events" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "action" character varying(64) NOT NULL,
        "actor_id" uuid,
        "target_type" character varying(32) NOT NULL,
        "target_id" uuid NOT NULL,
        "changes" jsonb NOT NULL,
        "request_id" character varying(128),
        CONSTRAINT "PK_audit_events" PRIMARY KEY ("id")
      )`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_audit_events_target" ON "audit_events" ("target_type", "target_id", "occurred_at")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "audit_events"`);
  }
}
