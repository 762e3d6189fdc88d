import { displayName, escapeHtml, formatDuration, htmlLayout, type MailContent } from './template-utils.js';

export interface PasswordResetParams {
  name: string;
  link: string;
  ttlSeconds: number;
}

export function passwordResetTemplate({ name, link, ttlSeconds }: PasswordResetParams): MailContent {
  const subject = 'Reset your password';
  const who = displayName(name);
  const expires = formatDuration(ttlSeconds);
  const text = [
    `Hi ${who},`,
    '',
    'Someone asked to reset the password of your account. To choose a new one, open this link:',
    link,
    '',
    `The link expires in ${expires} and works once. If you did not ask for this, ignore this email: your password stays as it is.`,
  ].join('\n');
  const html = htmlLayout(
    escapeHtml(subject),
    [
      `<p>Hi ${escapeHtml(who)},</p>`,
      '<p>Someone asked to reset the password of your account.</p>',
      `<p><a href="${escapeHtml(link)}">Choose a new password</a></p>`,
      `<p>Or paste this link into your browser:<br>${escapeHtml(link)}</p>`,
      `<p>The link expires in ${escapeHtml(expires)} and works once. If you did not ask for this, ignore this email: your password stays as it is.</p>`,
    ].join(''),
  );
  return { subject, text, html };
}
