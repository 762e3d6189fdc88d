import {
  Check,
  Column,
  CreateDateColumn,
  DeleteDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Role } from '@groundwork/access';

@Entity('users')
@Check('CHK_users_role', `"role" IN ('user', 'admin')`)
// One per list sort (see migration UserListIndexes); the where clauses are the migration's text.
@Index('IDX_users_live_created_at_id', ['createdAt', 'id'], { where: '"deleted_at" IS NULL' })
@Index('IDX_users_deleted_created_at_id', ['createdAt', 'id'], { where: '"deleted_at" IS NOT NULL' })
@Index('IDX_users_live_name_id', ['name', 'id'], { where: '"deleted_at" IS NULL' })
@Index('IDX_users_live_role_created_at_id', ['role', 'createdAt', 'id'], { where: '"deleted_at" IS NULL' })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_users' })
  id!: string;

  /** Stored lower-cased, so the unique index makes emails unique case-insensitively. */
  @Index('UQ_users_email', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'varchar', length: 16, default: 'user' })
  role!: Role;

  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash!: string;

  @Column({ name: 'email_verified_at', type: 'timestamptz', nullable: true })
  emailVerifiedAt!: Date | null;

  /**
   * Bumped by every password change or reset. A sign-in captures it before verifying the password
   * and opens its session only if it is unchanged, so no session outlives the password it proved.
   */
  @Column({ name: 'credentials_version', type: 'integer', default: 0 })
  credentialsVersion!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;
}
