import { displayName, escapeHtml, htmlLayout, type MailContent } from './template-utils.js';

export interface EmailChangedParams {
  name: string;
  /** The address the account moved to (the notice goes to the old one). */
  newAddress: string;
}

/** Tells the old address that the account's email was changed, so a hijack does not go unnoticed. */
export function emailChangedTemplate({ name, newAddress }: EmailChangedParams): MailContent {
  const subject = 'Your email address was changed';
  const who = displayName(name);
  const text = [
    `Hi ${who},`,
    '',
    `The email address of your account was changed to ${newAddress}.`,
    'Mail about the account now goes there. If you did not expect this, contact support at once.',
  ].join('\n');
  const html = htmlLayout(
    escapeHtml(subject),
    [
      `<p>Hi ${escapeHtml(who)},</p>`,
      `<p>The email address of your account was changed to ${escapeHtml(newAddress)}.</p>`,
      '<p>Mail about the account now goes there. If you did not expect this, contact support at once.</p>',
    ].join(''),
  );
  return { subject, text, html };
}
