export * from './mail.module.js';
export { OutgoingMail } from './outgoing-mail.js';
export { MailEvents, type MailDeadLetteredEvent } from './mail.events.js';
export { SendMailJob, MailPayload, type MailTemplate } from './mail.job.js';
export { emailVerificationLink, passwordResetLink } from './mail-links.js';
export { emailChangedTemplate } from './templates/email-changed.template.js';
export { emailVerificationTemplate } from './templates/email-verification.template.js';
export { passwordResetTemplate } from './templates/password-reset.template.js';
export { escapeHtml, type MailContent } from './templates/template-utils.js';
