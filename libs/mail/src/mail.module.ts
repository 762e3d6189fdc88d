import { Module } from '@nestjs/common';
import { MailService } from './mail.service.js';
import { OutgoingMail } from './outgoing-mail.js';

/** Reads the typed config from the global AppConfigModule. */
@Module({
  providers: [MailService, OutgoingMail],
  exports: [MailService, OutgoingMail],
})
export class MailModule {}
