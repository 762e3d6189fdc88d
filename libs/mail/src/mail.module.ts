import { Module } from '@nestjs/common';
import { MailSender } from './mail-sender.js';
import { OutgoingMail } from './outgoing-mail.js';

/** Queues mails (OutgoingMail) and sends them where jobs run (MailSender); config and jobs are global. */
@Module({
  providers: [OutgoingMail, MailSender],
  exports: [OutgoingMail],
})
export class MailModule {}
