import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Feature } from '@groundwork/feature';
import { AUDIT_FEATURE } from './audit.feature.js';
import { AuditTrail } from './audit-trail.js';

/** The audit trail any feature lib may write to; it names no feature. */
@Feature(AUDIT_FEATURE)
@Module({
  imports: [TypeOrmModule.forFeature(AUDIT_FEATURE.entities)],
  providers: [AuditTrail],
  exports: [AuditTrail],
})
export class AuditModule {}
