import type { Lang } from '../../../platform/http/locale';
import { MessengerError, postJson, type MessengerAdapter, type MessengerMessage } from './messenger-port';

/** WhatsApp's language codes for our languages. */
const LANGUAGE_CODES: Record<Lang, string> = { ru: 'ru', en: 'en', zh: 'zh_CN' };

interface WhatsAppResponse {
  messages?: Array<{ id?: string }>;
  error?: { message?: string; type?: string; code?: number; error_subcode?: number; fbtrace_id?: string };
}

/**
 * WhatsApp Cloud API: `POST {baseUrl}/{phoneNumberId}/messages` with `Authorization: Bearer`.
 * A business may only start a conversation with a template approved at Meta, so each message
 * type is sent as the template `${templatePrefix}${type}` in the reader's language, its body
 * parameters being the message's key data. Answers `{messages: [{id}]}` or `{error: {…}}`.
 *
 * @example
 * const whatsapp = new WhatsAppMessenger({ token, phoneNumberId: '1234567890', baseUrl: 'https://graph.facebook.com/v21.0', templatePrefix: 'prichal_' });
 */
export class WhatsAppMessenger implements MessengerAdapter {
  readonly channel = 'whatsapp' as const;
  readonly kind = 'api' as const;

  constructor(private readonly options: { token: string; phoneNumberId: string; baseUrl: string; templatePrefix: string }) {}

  async send(handle: string, message: MessengerMessage): Promise<{ providerMessageId: string }> {
    const to = handle.replace(/[\s()+-]/g, '');
    if (!/^\d{8,15}$/.test(to)) throw new MessengerError('whatsapp', `"${handle}" is not a phone number`);
    const url = `${this.options.baseUrl.replace(/\/+$/, '')}/${encodeURIComponent(this.options.phoneNumberId)}/messages`;
    const response = await postJson('whatsapp', url, { Authorization: `Bearer ${this.options.token}` }, {
      messaging_product: 'whatsapp',
      to,
      type: 'template',
      template: {
        name: `${this.options.templatePrefix}${message.type}`,
        language: { code: LANGUAGE_CODES[message.locale] },
        components: [{ type: 'body', parameters: message.templateParameters.map((text) => ({ type: 'text', text: parameterText(text) })) }],
      },
    });
    const body = (response.body ?? {}) as WhatsAppResponse;
    const id = body.messages?.[0]?.id;
    if (response.status !== 200 || !id) {
      const error = body.error;
      throw new MessengerError('whatsapp', `${response.status} ${error?.code ?? ''} ${error?.message ?? 'no message id'}`.replace(/\s+/g, ' ').trim(), {
        status: response.status,
        ...(error?.code !== undefined ? { code: error.code } : {}),
      });
    }
    return { providerMessageId: id };
  }
}

/** Template parameters may not hold line breaks, tabs or more than four spaces in a row. */
function parameterText(text: string): string {
  return text.replace(/\s*[\r\n\t]+\s*/g, '; ').replace(/ {4,}/g, '   ').trim() || '—';
}
