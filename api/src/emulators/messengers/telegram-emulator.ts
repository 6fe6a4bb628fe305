import { Hono } from 'hono';

export interface TelegramReceived {
  token: string;
  body: { chat_id?: unknown; text?: unknown; parse_mode?: unknown };
}

export interface TelegramEmulator {
  app: Hono;
  received: TelegramReceived[];
  /** The next `count` sends fail: 'blocked' (403, the user blocked the bot), 'flood' (429 with retry_after) or 'down' (502). */
  failNext(count: number, kind?: 'blocked' | 'flood' | 'down'): void;
}

const FAILURES = {
  blocked: { status: 403, body: { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' } },
  flood: { status: 429, body: { ok: false, error_code: 429, description: 'Too Many Requests: retry after 5', parameters: { retry_after: 5 } } },
  down: { status: 502, body: { ok: false, error_code: 502, description: 'Bad Gateway' } },
} as const;

/**
 * The Telegram Bot API's sendMessage: `POST /bot{token}/sendMessage {chat_id, text, parse_mode}`
 * → `{ok: true, result: {message_id, chat, date, text}}` or `{ok: false, error_code, description, parameters?}`.
 */
export function createTelegramEmulator(options: { token: string }): TelegramEmulator {
  const received: TelegramReceived[] = [];
  const failures: Array<keyof typeof FAILURES> = [];
  let messageId = 0;
  const app = new Hono();
  const fail = (status: number, description: string) =>
    new Response(JSON.stringify({ ok: false, error_code: status, description }), { status, headers: { 'content-type': 'application/json' } });

  app.post('/:bot/sendMessage', async (c) => {
    const bot = c.req.param('bot');
    if (!bot.startsWith('bot') || bot.slice(3) !== options.token) return fail(401, 'Unauthorized');
    const body = (await c.req.json().catch(() => null)) as TelegramReceived['body'] | null;
    if (!body || (typeof body.chat_id !== 'number' && typeof body.chat_id !== 'string') || body.chat_id === '') return fail(400, 'Bad Request: chat_id is empty');
    if (typeof body.text !== 'string' || body.text.trim() === '') return fail(400, 'Bad Request: message text is empty');
    if (body.text.length > 4_096) return fail(400, 'Bad Request: message is too long');
    if (body.parse_mode !== undefined && !['HTML', 'MarkdownV2', 'Markdown'].includes(String(body.parse_mode))) {
      return fail(400, `Bad Request: unsupported parse_mode "${String(body.parse_mode)}"`);
    }
    if (body.parse_mode === 'HTML' && /<(?!\/?(b|strong|i|em|u|ins|s|strike|del|a|code|pre|blockquote|span|tg-spoiler)\b)/i.test(body.text)) {
      return fail(400, "Bad Request: can't parse entities: unsupported start tag");
    }
    received.push({ token: bot.slice(3), body });
    const injected = failures.shift();
    if (injected) return c.json(FAILURES[injected].body, FAILURES[injected].status);
    messageId += 1;
    return c.json({
      ok: true,
      result: { message_id: messageId, from: { id: 1, is_bot: true, first_name: 'Prichal' }, chat: { id: body.chat_id, type: 'private' }, date: Math.floor(Date.now() / 1000), text: body.text },
    }, 200);
  });

  return {
    app,
    received,
    failNext(count, kind = 'down') {
      failures.length = 0;
      for (let i = 0; i < count; i += 1) failures.push(kind);
    },
  };
}
