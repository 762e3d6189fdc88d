export * from './mail.module.js';
export { DEFAULT_MAIL_DELIVERY, MAIL_DELIVERY_OPTIONS, MailService, type MailDeliveryOptions } from './mail.service.js';
export { OutgoingMail } from './outgoing-mail.js';
export { emailVerificationLink, passwordResetLink } from './mail-links.js';
export { emailChangedTemplate } from './templates/email-changed.template.js';
export { emailVerificationTemplate } from './templates/email-verification.template.js';
export { passwordResetTemplate } from './templates/password-reset.template.js';
export { escapeHtml, type MailContent } from './templates/template-utils.js';
