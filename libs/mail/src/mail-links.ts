/** Builds `${appUrl}/${path}?token=...`, keeping any base path or query that appUrl already has. */
export function appLink(appUrl: string, path: string, token: string): string {
  const url = new URL(appUrl);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
  url.searchParams.set('token', token);
  url.hash = '';
  return url.href;
}

export const emailVerificationLink = (appUrl: string, token: string): string => appLink(appUrl, 'verify-email', token);

export const passwordResetLink = (appUrl: string, token: string): string => appLink(appUrl, 'reset-password', token);
