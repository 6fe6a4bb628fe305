import { escapeHtml } from '../template-renderer';
import { clip, MessengerError, postJson, type MessengerAdapter, type MessengerMessage } from './messenger-port';

/** MAX allows a bot at most 2 messages per second per chat; the margin absorbs network jitter. */
const MIN_GAP_MS = 600;

interface MaxSendResponse {
  message?: { body?: { mid?: string } };
}
interface MaxErrorResponse {
  code?: string;
  message?: string;
}

/**
 * MAX (the preferred messenger): `POST {baseUrl}/messages?user_id={id}` with the bot token in
 * `Authorization` and `{text, format, notify}`; the answer is the sent message, whose
 * `body.mid` is its id. Errors answer a non-200 status with `{code, message}`.
 *
 * @example
 * const max = new MaxMessenger({ token: process.env.MAX_BOT_TOKEN, baseUrl: 'https://platform-api2.max.ru' });
 */
export class MaxMessenger implements MessengerAdapter {
  readonly channel = 'max' as const;
  readonly kind = 'api' as const;
  private readonly nextSlot = new Map<string, number>();

  constructor(private readonly options: { token: string; baseUrl: string }) {}

  async send(handle: string, message: MessengerMessage): Promise<{ providerMessageId: string }> {
    if (!/^\d{1,20}$/.test(handle)) throw new MessengerError('max', `"${handle}" is not a MAX user id`);
    await this.pace(handle);
    const url = `${this.options.baseUrl.replace(/\/+$/, '')}/messages?user_id=${handle}`;
    // The text is plain; sent as HTML with everything escaped, no customer data can format it.
    const response = await postJson('max', url, { Authorization: this.options.token }, {
      text: clip(escapeHtml(message.text), 4_000),
      format: 'html',
      notify: true,
    });
    if (response.status !== 200) {
      const error = (response.body ?? {}) as MaxErrorResponse;
      throw new MessengerError('max', `${response.status} ${error.code ?? ''} ${error.message ?? ''}`.trim(), {
        status: response.status,
        ...(error.code ? { code: error.code } : {}),
      });
    }
    const mid = (response.body as MaxSendResponse | null)?.message?.body?.mid;
    if (!mid) throw new MessengerError('max', 'the answer carries no message id', { status: response.status });
    return { providerMessageId: mid };
  }

  /** Keeps this process within the per-chat rate: each send to a chat waits for its slot. */
  private async pace(handle: string): Promise<void> {
    const now = Date.now();
    const slot = Math.max(now, this.nextSlot.get(handle) ?? 0);
    if (this.nextSlot.size > 10_000) this.nextSlot.clear();
    this.nextSlot.set(handle, slot + MIN_GAP_MS);
    if (slot > now) await new Promise((resolve) => setTimeout(resolve, slot - now));
  }
}
