import { Global, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { AppConfigModule } from '@groundwork/config';
import { TelemetryModule } from '@groundwork/telemetry';
import { TransactionRunner } from '@groundwork/database';
import { startSmtpSink } from '../../../test/support/smtp-sink.js';
import { MailModule } from './mail.module.js';
import { MailService } from './mail.service.js';
import { OutgoingMail } from './outgoing-mail.js';

/** Stands in for the global DatabaseModule: OutgoingMail only needs afterCommit() of the app's runner. */
@Global()
@Module({
  providers: [
    {
      provide: TransactionRunner,
      useValue: { afterCommit: (_tx: unknown, effect: () => Promise<void>) => void effect() },
    },
  ],
  exports: [TransactionRunner],
})
class FakeDatabaseModule {}

describe(MailModule.name, () => {
  it('wires MailService to the global config and sends through SMTP', async () => {
    const sink = await startSmtpSink();
    const moduleRef = await Test.createTestingModule({
      imports: [
        AppConfigModule.forRoot({
          overrides: { SMTP_URL: sink.url, APP_URL: 'http://localhost:4000' },
        }),
        TelemetryModule,
        FakeDatabaseModule,
        MailModule,
      ],
    }).compile();
    await moduleRef.init();
    try {
      await moduleRef.get(MailService).sendEmailVerification('gina@example.com', 'Gina', 'abc');
      const mail = await sink.waitFor((m) => m.to.includes('gina@example.com'));
      expect(sink.linkFrom(mail, '/verify-email').href).toBe('http://localhost:4000/verify-email?token=abc');
      moduleRef.get(OutgoingMail).emailChanged({} as never, 'old@example.com', 'Gina', 'new@example.com');
      const notice = await sink.waitFor((m) => m.to.includes('old@example.com'));
      expect(notice.text).toContain('new@example.com');
    } finally {
      await moduleRef.close();
      await sink.close();
    }
  });
});
