export * from './backup-format.js';
export { readBackup, type BackupEvent } from './backup-reader.js';
export { BackupService, type BackupProgress } from './backup.service.js';
export { RestoreService, RestoreRefusedError, type RestoreOptions, type RestoreResult } from './restore.service.js';
