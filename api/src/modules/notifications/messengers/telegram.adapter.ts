import { escapeHtml } from '../template-renderer';
import { clip, MessengerError, postJson, type MessengerAdapter, type MessengerMessage } from './messenger-port';

interface TelegramResponse {
  ok?: boolean;
  result?: { message_id?: number };
  error_code?: number;
  description?: string;
  parameters?: { retry_after?: number };
}

/**
 * Telegram Bot API: `POST {baseUrl}/bot{token}/sendMessage {chat_id, text, parse_mode}` →
 * `{ok: true, result: {message_id}}` or `{ok: false, error_code, description, parameters?}`.
 * The handle is the chat id the customer's chat with the bot has.
 *
 * @example
 * const telegram = new TelegramMessenger({ token: process.env.TELEGRAM_BOT_TOKEN, baseUrl: 'https://api.telegram.org' });
 */
export class TelegramMessenger implements MessengerAdapter {
  readonly channel = 'telegram' as const;
  readonly kind = 'api' as const;

  constructor(private readonly options: { token: string; baseUrl: string }) {}

  async send(handle: string, message: MessengerMessage): Promise<{ providerMessageId: string }> {
    if (!/^-?\d{1,20}$|^@[A-Za-z0-9_]{5,32}$/.test(handle)) throw new MessengerError('telegram', `"${handle}" is not a Telegram chat id`);
    const url = `${this.options.baseUrl.replace(/\/+$/, '')}/bot${this.options.token}/sendMessage`;
    const response = await postJson('telegram', url, {}, {
      chat_id: /^-?\d+$/.test(handle) ? Number(handle) : handle,
      text: clip(escapeHtml(message.text), 4_096),
      parse_mode: 'HTML',
    });
    const body = (response.body ?? {}) as TelegramResponse;
    if (body.ok !== true || body.result?.message_id === undefined) {
      const retry = body.parameters?.retry_after !== undefined ? ` (retry after ${body.parameters.retry_after} s)` : '';
      throw new MessengerError('telegram', `${body.error_code ?? response.status} ${body.description ?? 'no description'}${retry}`, {
        status: response.status,
        ...(body.error_code !== undefined ? { code: body.error_code } : {}),
      });
    }
    return { providerMessageId: String(body.result.message_id) };
  }
}
