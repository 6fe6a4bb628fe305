import { serveMessengerEmulators, type ServedMessengerEmulators } from '../../../emulators/messengers/serve-messenger-emulators';
import { MaxMessenger } from './max.adapter';
import { MessengerError, type MessengerMessage } from './messenger-port';
import { TelegramMessenger } from './telegram.adapter';
import { WhatsAppMessenger } from './whatsapp.adapter';

/** The adapters against the providers' documented request and error shapes (the emulators). */
let served: ServedMessengerEmulators;
beforeAll(async () => {
  served = await serveMessengerEmulators({ templates: ['prichal_reminder_2h'] });
});
afterAll(() => served.close());

const message = (overrides: Partial<MessengerMessage> = {}): MessengerMessage => ({
  type: 'reminder_2h', locale: 'ru', text: 'Через два часа: <Белые ночи> & джаз', templateParameters: ['Белые ночи', '19:00\nмск'], recordId: 'r1', ...overrides,
});
const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as MessengerError);

describe('MAX', () => {
  const max = () => new MaxMessenger({ token: served.env.MAX_BOT_TOKEN!, baseUrl: served.urls.max });

  it('keeps to the 2 messages per second per chat that MAX enforces', async () => {
    // Unpaced (three processes at once), the third is refused.
    const unpaced = await Promise.all([1, 2, 3].map(() => refusal(max().send('777', message()))));
    expect(unpaced.filter((error) => error?.details.status === 429)).toHaveLength(1);

    const adapter = max();
    const started = Date.now();
    const paced = await Promise.all([1, 2, 3].map(() => adapter.send('778', message())));
    expect(new Set(paced.map((r) => r.providerMessageId)).size).toBe(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_150);
    expect(served.max.received.at(-1)).toEqual({
      userId: '778', chatId: null, authorization: served.env.MAX_BOT_TOKEN, body: { text: 'Через два часа: &lt;Белые ночи&gt; &amp; джаз', format: 'html', notify: true },
    });
  });

  it('reports MAX errors with their status and code', async () => {
    const error = await refusal(new MaxMessenger({ token: 'wrong', baseUrl: served.urls.max }).send('777', message()));
    expect(error).toBeInstanceOf(MessengerError);
    expect(error!.details).toEqual({ status: 401, code: 'verify.token' });
    served.max.failNext(1, 429);
    expect((await refusal(max().send('779', message())))!.message).toBe('max: 429 too.many.requests Injected failure');
  });
});

describe('Telegram', () => {
  const telegram = () => new TelegramMessenger({ token: served.env.TELEGRAM_BOT_TOKEN!, baseUrl: served.urls.telegram });

  it('sends to the chat id and answers the message id', async () => {
    const sent = await telegram().send('-100123', message());
    expect(sent.providerMessageId).toMatch(/^\d+$/);
    expect(served.telegram.received.at(-1)!.body).toEqual({ chat_id: -100123, text: 'Через два часа: &lt;Белые ночи&gt; &amp; джаз', parse_mode: 'HTML' });
  });

  it('reports {ok: false} answers with their code, description and retry_after', async () => {
    served.telegram.failNext(1, 'flood');
    const error = await refusal(telegram().send('42', message()));
    expect(error!.message).toBe('telegram: 429 Too Many Requests: retry after 5 (retry after 5 s)');
    expect(error!.details).toEqual({ status: 429, code: 429 });
    served.telegram.failNext(1, 'blocked');
    expect((await refusal(telegram().send('42', message())))!.message).toBe('telegram: 403 Forbidden: bot was blocked by the user');
    expect((await refusal(new TelegramMessenger({ token: 'nope', baseUrl: served.urls.telegram }).send('42', message())))!.details.code).toBe(401);
  });
});

describe('WhatsApp', () => {
  const whatsapp = (templatePrefix = 'prichal_') =>
    new WhatsAppMessenger({ token: served.env.WHATSAPP_ACCESS_TOKEN!, phoneNumberId: served.env.WHATSAPP_PHONE_NUMBER_ID!, baseUrl: served.urls.whatsapp, templatePrefix });

  it('sends the approved template with parameters WhatsApp accepts (no line breaks)', async () => {
    const sent = await whatsapp().send('+7 (921) 000-11-22', message({ locale: 'en' }));
    expect(sent.providerMessageId).toMatch(/^wamid\./);
    expect(served.whatsapp.received.at(-1)!.body).toEqual({
      messaging_product: 'whatsapp',
      to: '79210001122',
      type: 'template',
      template: {
        name: 'prichal_reminder_2h',
        language: { code: 'en' },
        components: [{ type: 'body', parameters: [{ type: 'text', text: 'Белые ночи' }, { type: 'text', text: '19:00; мск' }] }],
      },
    });
  });

  it('reports Graph API errors with their code', async () => {
    expect((await refusal(whatsapp('other_').send('79210001122', message())))!.details).toEqual({ status: 404, code: 132001 });
    served.whatsapp.failNext(1, 'unavailable');
    expect((await refusal(whatsapp().send('79210001122', message())))!.message).toBe('whatsapp: 503 131016 Service unavailable');
    expect((await refusal(whatsapp().send('12', message())))!.message).toContain('is not a phone number');
  });
});
