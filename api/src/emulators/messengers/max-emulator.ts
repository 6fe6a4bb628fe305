import { randomBytes } from 'node:crypto';
import { Hono } from 'hono';

/** A message as the MAX emulator received it. */
export interface MaxReceived {
  userId: string | null;
  chatId: string | null;
  authorization: string | null;
  body: { text?: unknown; format?: unknown; notify?: unknown; attachments?: unknown };
}

export interface MaxEmulator {
  app: Hono;
  received: MaxReceived[];
  /** The next `count` sends answer `status` with MAX's error body. */
  failNext(count: number, status?: 400 | 403 | 404 | 429 | 500 | 503): void;
}

const ERROR_CODES: Record<number, string> = { 400: 'proto.payload', 401: 'verify.token', 403: 'access.denied', 404: 'not.found', 429: 'too.many.requests', 500: 'internal.error', 503: 'service.unavailable' };

/**
 * MAX's bot API as documented for sending: `POST /messages?user_id=…` (or `chat_id`) with the
 * bot token in `Authorization`, `{text, format: markdown|html, notify?, attachments?}`; answers
 * `{message: {recipient, timestamp, body: {mid, seq, text}}}`, or `{code, message}` with a 4xx/5xx.
 * It enforces the documented 2 messages per second per chat.
 */
export function createMaxEmulator(options: { token: string; now?: () => number }): MaxEmulator {
  const now = options.now ?? Date.now;
  const received: MaxReceived[] = [];
  const failures: number[] = [];
  const recentByChat = new Map<string, number[]>();
  let seq = 0;
  const app = new Hono();
  const error = (status: number, message: string) =>
    new Response(JSON.stringify({ code: ERROR_CODES[status] ?? 'internal.error', message }), { status, headers: { 'content-type': 'application/json' } });

  app.post('/messages', async (c) => {
    const authorization = c.req.header('authorization') ?? null;
    if (authorization !== options.token) return error(401, 'Invalid access_token');
    const userId = c.req.query('user_id') ?? null;
    const chatId = c.req.query('chat_id') ?? null;
    if (!userId === !chatId || !/^-?\d+$/.test(userId ?? chatId ?? '')) return error(400, 'Specify exactly one of user_id or chat_id');
    const body = (await c.req.json().catch(() => null)) as MaxReceived['body'] | null;
    if (!body || typeof body.text !== 'string' || body.text.length > 4_000) return error(400, 'text: must be a string of at most 4000 characters');
    if (body.format !== undefined && body.format !== null && body.format !== 'markdown' && body.format !== 'html') return error(400, 'format: must be markdown or html');
    if (body.notify !== undefined && typeof body.notify !== 'boolean') return error(400, 'notify: must be a boolean');
    received.push({ userId, chatId, authorization, body });
    const injected = failures.shift();
    if (injected) return error(injected, 'Injected failure');
    const chat = userId ?? (chatId as string);
    const recent = (recentByChat.get(chat) ?? []).filter((at) => at > now() - 1_000);
    if (recent.length >= 2) return error(429, 'Too many requests: at most 2 messages per second per chat');
    recentByChat.set(chat, [...recent, now()]);
    seq += 1;
    return c.json({
      message: {
        sender: { user_id: 1, name: 'Prichal', is_bot: true },
        recipient: userId ? { user_id: Number(userId), chat_type: 'dialog' } : { chat_id: Number(chatId), chat_type: 'chat' },
        timestamp: now(),
        body: { mid: `mid.${randomBytes(12).toString('hex')}`, seq, text: body.text },
      },
    }, 200);
  });

  return {
    app,
    received,
    failNext(count, status = 503) {
      failures.length = 0;
      for (let i = 0; i < count; i += 1) failures.push(status);
    },
  };
}
