/** Everything a mail needs besides its recipient. */
export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char] ?? char);
}

/** Names are user input: keep them on one short line so they cannot forge extra paragraphs or links. */
export function displayName(name: string): string {
  const flat = name.replace(/[\s\p{C}]+/gu, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat || 'there';
}

export function formatDuration(seconds: number): string {
  const [amount, unit] =
    seconds >= 86_400 && seconds % 86_400 === 0
      ? [seconds / 86_400, 'day']
      : seconds >= 3_600 && seconds % 3_600 === 0
        ? [seconds / 3_600, 'hour']
        : [Math.max(1, Math.round(seconds / 60)), 'minute'];
  return `${amount} ${unit}${amount === 1 ? '' : 's'}`;
}

/** Minimal inline-styled HTML shell; callers pass already-escaped fragments only. */
export function htmlLayout(escapedTitle: string, escapedBody: string): string {
  return [
    '<!doctype html>',
    '<html><head><meta charset="utf-8"><title>',
    escapedTitle,
    '</title></head>',
    '<body style="font-family:sans-serif;line-height:1.5;color:#222">',
    escapedBody,
    '</body></html>',
  ].join('');
}
