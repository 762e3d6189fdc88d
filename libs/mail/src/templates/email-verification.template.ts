import { displayName, escapeHtml, formatDuration, htmlLayout, type MailContent } from './template-utils.js';

export interface EmailVerificationParams {
  name: string;
  link: string;
  ttlSeconds: number;
}

export function emailVerificationTemplate({ name, link, ttlSeconds }: EmailVerificationParams): MailContent {
  const subject = 'Confirm your email address';
  const who = displayName(name);
  const expires = formatDuration(ttlSeconds);
  const text = [
    `Hi ${who},`,
    '',
    'Please confirm your email address by opening this link:',
    link,
    '',
    `The link expires in ${expires}. If you did not create an account, ignore this email.`,
  ].join('\n');
  const html = htmlLayout(
    escapeHtml(subject),
    [
      `<p>Hi ${escapeHtml(who)},</p>`,
      '<p>Please confirm your email address:</p>',
      `<p><a href="${escapeHtml(link)}">Confirm email address</a></p>`,
      `<p>Or paste this link into your browser:<br>${escapeHtml(link)}</p>`,
      `<p>The link expires in ${escapeHtml(expires)}. If you did not create an account, ignore this email.</p>`,
    ].join(''),
  );
  return { subject, text, html };
}
