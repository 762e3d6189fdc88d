import { Module } from '@nestjs/common';
import { MailService } from './mail.service.js';

/** Reads the typed config from the global AppConfigModule. */
@Module({
  providers: [MailService],
  exports: [MailService],
})
export class MailModule {}
