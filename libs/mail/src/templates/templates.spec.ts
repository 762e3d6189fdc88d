import { emailChangedTemplate } from './email-changed.template.js';
import { emailVerificationTemplate } from './email-verification.template.js';
import { passwordResetTemplate } from './password-reset.template.js';
import { displayName, escapeHtml, formatDuration } from './template-utils.js';

const templates = [
  ['email verification', emailVerificationTemplate],
  ['password reset', passwordResetTemplate],
] as const;

describe('mail templates', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;',
    );
  });

  it.each(templates)('%s: escapes the name and the link in HTML, keeps them verbatim in text', (_, template) => {
    const link = 'https://app.example/x?token=a&b="c"';
    const mail = template({
      name: `<img src=x onerror="alert(1)">'&`,
      link,
      ttlSeconds: 1800,
    });

    expect(mail.html).not.toContain('<img');
    expect(mail.html).toContain('Hi &lt;img src=x onerror=&quot;alert(1)&quot;&gt;&#39;&amp;,');
    expect(mail.html).toContain('href="https://app.example/x?token=a&amp;b=&quot;c&quot;"');
    expect(mail.html).not.toContain('token=a&b');
    expect(mail.text).toContain(`\n${link}\n`);
    expect(mail.text).toContain('30 minutes');
    expect(mail.subject.length).toBeGreaterThan(0);
  });

  it.each(templates)('%s: flattens a multi-line name so it cannot forge paragraphs', (_, template) => {
    const mail = template({
      name: 'Eve\n\nUrgent: visit https://evil.example\r\n',
      link: 'https://a.example/',
      ttlSeconds: 60,
    });
    expect(mail.text.split('\n')[0]).toBe('Hi Eve Urgent: visit https://evil.example,');
  });

  it('email changed: names the new address to the old one, escaped in HTML', () => {
    const mail = emailChangedTemplate({ name: 'Ada', newAddress: 'a"<b>@example.com' });
    expect(mail.subject).toBe('Your email address was changed');
    expect(mail.text).toContain('changed to a"<b>@example.com.');
    expect(mail.html).toContain('a&quot;&lt;b&gt;@example.com');
    expect(mail.html).not.toContain('<b>');
  });

  it('falls back for an empty name and shortens a long one', () => {
    expect(displayName(' \n ')).toBe('there');
    expect(displayName('x'.repeat(200))).toHaveLength(80);
  });

  it('formats link lifetimes', () => {
    expect(formatDuration(60)).toBe('1 minute');
    expect(formatDuration(1800)).toBe('30 minutes');
    expect(formatDuration(3600)).toBe('1 hour');
    expect(formatDuration(86_400)).toBe('1 day');
    expect(formatDuration(30 * 86_400)).toBe('30 days');
    expect(formatDuration(5400)).toBe('90 minutes');
  });
});
