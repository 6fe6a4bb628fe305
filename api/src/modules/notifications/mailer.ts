import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { MailAttachment } from './notification-ports';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments: MailAttachment[];
  /** Stable per message record: a resend after a crash carries the same Message-ID, so mail clients can fold duplicates. */
  messageId: string;
  locale: string;
}

export interface Mailer {
  /** 'smtp' with SMTP_URL; 'files' writes .eml files (the embedded default). */
  readonly kind: 'smtp' | 'files';
  /** Resolves once the mail server accepted the message (or the file is written). */
  send(mail: OutgoingMail): Promise<{ providerMessageId: string }>;
  close(): void;
}

/**
 * Email through nodemailer: to the SMTP server at `smtpUrl`, or, without one, as .eml files
 * under `${dataDir}/mail` that any mail program opens.
 *
 * @example
 * const mailer = createMailer({ smtpUrl: 'smtp://127.0.0.1:2525', from: 'Причал <noreply@prichal.ru>', dataDir: './data' });
 */
export function createMailer(options: { smtpUrl?: string | undefined; from: string; dataDir: string }): Mailer {
  return options.smtpUrl ? smtpMailer(options.smtpUrl, options.from) : emlFileMailer(path.join(options.dataDir, 'mail'), options.from);
}

function message(mail: OutgoingMail, from: string) {
  return {
    from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    messageId: mail.messageId,
    headers: { 'Content-Language': mail.locale },
    attachments: mail.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
  };
}

function smtpMailer(smtpUrl: string, from: string): Mailer {
  // Bounded waits: a job attempt must end well within a message record's lease.
  const transport = nodemailer.createTransport({ url: smtpUrl, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 });
  return {
    kind: 'smtp',
    async send(mail) {
      const info = await transport.sendMail(message(mail, from));
      return { providerMessageId: info.messageId };
    },
    close: () => transport.close(),
  };
}

function emlFileMailer(dir: string, from: string): Mailer {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    kind: 'files',
    async send(mail) {
      const info = await transport.sendMail(message(mail, from));
      await mkdir(dir, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const id = mail.messageId.replace(/^<|@.*$/g, '');
      const file = path.join(dir, `${stamp}-${mail.to.replace(/[^a-zA-Z0-9@._-]/g, '_')}-${id.replace(/[^a-zA-Z0-9-]/g, '_')}.eml`);
      await writeFile(file, info.message as Buffer);
      return { providerMessageId: info.messageId };
    },
    close: () => transport.close(),
  };
}
