import type { Lang } from '../../platform/http/locale';
import type { NotificationTemplates } from './notification-templates.service';
import { WHATSAPP_PARAMETERS, type NotificationType } from './notification-types';
import { escapeHtml, renderTemplate, type TemplateValues } from './template-renderer';

/** A message in every form its channels take. */
export interface RenderedMessage {
  type: NotificationType;
  locale: Lang;
  email: { subject: string; text: string; html: string };
  messenger: { text: string; templateParameters: string[] };
}

/**
 * Fills a type's templates in one language with the message's data: the email (its HTML
 * inside a plain layout that works in mail clients), the messenger text and the WhatsApp
 * template's parameters.
 */
export class MessageRenderer {
  constructor(private readonly templates: NotificationTemplates) {}

  async render(type: NotificationType, locale: Lang, values: TemplateValues): Promise<RenderedMessage> {
    const [email, messenger] = await Promise.all([this.templates.get(type, locale, 'email'), this.templates.get(type, locale, 'messenger')]);
    // Subjects are one line, whatever the data holds.
    const subject = renderTemplate(email.subject ?? '', values, 'text').replace(/\s+/g, ' ').trim();
    return {
      type,
      locale,
      email: {
        subject,
        text: renderTemplate(email.bodyText, values, 'text'),
        html: mailLayout(locale, subject, renderTemplate(email.bodyHtml ?? '', values, 'html')),
      },
      messenger: {
        text: renderTemplate(messenger.bodyText, values, 'text'),
        templateParameters: WHATSAPP_PARAMETERS[type].map((name) => values[name] ?? ''),
      },
    };
  }
}

/** The HTML around every email body: inline styles only, as mail clients drop style sheets. */
function mailLayout(locale: Lang, subject: string, body: string): string {
  return `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:24px 12px;background:#f2f5f8;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1d2733">
<div style="max-width:600px;margin:0 auto;padding:24px;background:#ffffff;border-radius:8px">
${body}
</div>
</body>
</html>
`;
}
