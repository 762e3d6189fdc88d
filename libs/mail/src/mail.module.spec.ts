import { Test } from '@nestjs/testing';
import { AppConfigModule } from '@groundwork/config';
import { TelemetryModule } from '@groundwork/telemetry';
import { startSmtpSink } from '../../../test/support/smtp-sink.js';
import { MailModule } from './mail.module.js';
import { MailService } from './mail.service.js';

describe(MailModule.name, () => {
  it('wires MailService to the global config and sends through SMTP', async () => {
    const sink = await startSmtpSink();
    const moduleRef = await Test.createTestingModule({
      imports: [
        AppConfigModule.forRoot({
          overrides: { SMTP_URL: sink.url, APP_URL: 'http://localhost:4000' },
        }),
        TelemetryModule,
        MailModule,
      ],
    }).compile();
    await moduleRef.init();
    try {
      await moduleRef.get(MailService).sendEmailVerification('gina@example.com', 'Gina', 'abc');
      const mail = await sink.waitFor((m) => m.to.includes('gina@example.com'));
      expect(sink.linkFrom(mail, '/verify-email').href).toBe('http://localhost:4000/verify-email?token=abc');
    } finally {
      await moduleRef.close();
      await sink.close();
    }
  });
});
