import { serveMessengerEmulators, type ServedMessengerEmulators } from '../../emulators/messengers/serve-messenger-emulators';
import { startTestApp, type TestApp } from '../../test/test-app';
import { startSmtpReceiver, type SmtpReceiver } from '../../test/smtp-receiver';
import { enqueue, paidOrder, pause, preferences, recordingAttachments, recordsFor, until } from '../../test/notifications-factory';
import type { RecipientPreference } from './notification-ports';

/**
 * Customers who prefer a messenger get their messages there (MAX, Telegram or WhatsApp, through
 * the providers' documented APIs, emulated here); documents still come by email, and email
 * takes over when the messenger fails.
 */
let t: TestApp;
let smtp: SmtpReceiver;
let messengers: ServedMessengerEmulators;
const byEmail = new Map<string, RecipientPreference>();
beforeAll(async () => {
  smtp = await startSmtpReceiver();
  messengers = await serveMessengerEmulators();
  t = await startTestApp({ workers: { smtpUrl: smtp.url }, env: messengers.env, recipients: preferences(byEmail), attachments: recordingAttachments() });
});
afterAll(async () => {
  await t.close();
  await messengers.close();
  await smtp.close();
});
const mailsTo = (email: string) => smtp.mails.filter((m) => m.to && !Array.isArray(m.to) && m.to.value[0]?.address === email);
const customerEmail = (name: string) => `${name}.${Math.random().toString(36).slice(2, 8)}@example.ru`;

it('sends the confirmation by email with its documents and also to MAX, as MAX documents the call', async () => {
  const email = customerEmail('max');
  byEmail.set(email, { customerId: '7c9e6679-7425-40de-944b-e07fc1f90ae7', locale: 'en', messenger: 'max', handle: '4815162342' });
  const { order } = await paidOrder(t, { email, locale: 'ru', fullName: 'Anna <Smith>' });

  await until(async () => (await recordsFor(t, order.id)).filter((r) => r.status === 'sent').length === 2, 10_000, 'email and MAX sent');
  const mail = mailsTo(email)[0]!;
  // The account's language wins over the order's.
  expect(mail.subject).toBe(`Order ${order.number} is paid: White Nights`);
  expect(mail.attachments.map((a) => a.filename)).toEqual(['e-tickets.pdf', 'invoice.pdf']);

  const sent = messengers.max.received.find((m) => m.userId === '4815162342')!;
  expect(sent.authorization).toBe(messengers.env.MAX_BOT_TOKEN);
  expect(sent.body).toEqual({ text: expect.any(String), format: 'html', notify: true });
  expect(sent.body.text).toContain(`Order ${order.number} is paid.`);
  expect(sent.body.text).toContain(`${t.baseUrl}/orders/${order.id}?token=`);

  const records = await recordsFor(t, order.id);
  expect(records.map((r) => [r.channel, r.status, r.recipient, r.customerId])).toEqual([
    ['email', 'sent', email, '7c9e6679-7425-40de-944b-e07fc1f90ae7'],
    ['max', 'sent', '4815162342', '7c9e6679-7425-40de-944b-e07fc1f90ae7'],
  ]);
  expect(records.find((r) => r.channel === 'max')!.providerMessageId).toMatch(/^mid\./);
});

it('sends a reminder to Telegram only, HTML-escaped as its parse_mode requires', async () => {
  const email = customerEmail('telegram');
  byEmail.set(email, { locale: 'ru', messenger: 'telegram', handle: '99887766' });
  const { order } = await paidOrder(t, { email });
  await until(() => mailsTo(email).length === 1);
  // A customer name with markup must not break Telegram's HTML.
  await t.db.query("UPDATE orders SET customer_full_name = 'Ли <Мэй> & Ко' WHERE id = $1", [order.id]);
  await t.db.query(`UPDATE event SET title = '{"ru": "Ночь <развода> мостов & джаз"}' WHERE id = $1`, [order.event.id]);
  const before = messengers.telegram.received.length;

  await enqueue(t, 'notification.reminder_24h', { orderId: order.id });
  await until(() => messengers.telegram.received.length > before);
  await pause(300);
  const sent = messengers.telegram.received.at(-1)!;
  expect(sent.token).toBe(messengers.env.TELEGRAM_BOT_TOKEN);
  expect(sent.body).toEqual({ chat_id: 99887766, text: expect.any(String), parse_mode: 'HTML' });
  expect(sent.body.text).toContain('Напоминаем: Ночь &lt;развода&gt; мостов &amp; джаз, отправление');
  expect(mailsTo(email)).toHaveLength(1);
  const reminder = (await recordsFor(t, order.id)).filter((r) => r.type === 'reminder_24h');
  expect(reminder).toEqual([expect.objectContaining({ channel: 'telegram', status: 'sent', providerMessageId: expect.stringMatching(/^\d+$/) })]);
});

it('sends WhatsApp the approved template for the message type, in the reader’s language, with the key data', async () => {
  const email = customerEmail('whatsapp');
  byEmail.set(email, { locale: 'zh', messenger: 'whatsapp', handle: '+7 921 555-01-02' });
  const { order, paymentId } = await paidOrder(t, { email });
  await until(() => mailsTo(email).length === 1 && messengers.whatsapp.received.some((m) => m.body.to === '79215550102'));

  const confirmation = messengers.whatsapp.received.find((m) => m.body.to === '79215550102')!;
  expect(confirmation.phoneNumberId).toBe(messengers.env.WHATSAPP_PHONE_NUMBER_ID);
  expect(confirmation.authorization).toBe(`Bearer ${messengers.env.WHATSAPP_ACCESS_TOKEN}`);
  expect(confirmation.body).toMatchObject({
    messaging_product: 'whatsapp',
    to: '79215550102',
    type: 'template',
    template: { name: 'prichal_order_confirmation', language: { code: 'zh_CN' } },
  });
  const parameters = confirmation.body.template!.components![0]!.parameters!;
  expect(confirmation.body.template!.components![0]!.type).toBe('body');
  expect(parameters.map((p) => p.text)).toEqual([
    order.number, '白夜游船', expect.stringMatching(/^\d{4}年\d{1,2}月\d{1,2}日.*（莫斯科时间）$/), expect.any(String),
    expect.stringMatching(/^在 .+（莫斯科时间）（出发前 24 小时）之前可全额退票，之后不再受理退票。$/), expect.stringContaining(`/orders/${order.id}?token=`),
  ]);

  await enqueue(t, 'order.late_payment_refunded', { orderId: order.id, paymentId });
  await until(() => messengers.whatsapp.received.some((m) => m.body.template?.name === 'prichal_late_payment_refunded'));
  await until(async () => (await recordsFor(t, order.id)).some((r) => r.type === 'late_payment_refunded' && r.status !== 'queued'));
  const late = (await recordsFor(t, order.id)).find((r) => r.type === 'late_payment_refunded');
  expect(late).toMatchObject({ channel: 'whatsapp', status: 'sent', providerMessageId: expect.stringMatching(/^wamid\./) });
});

it('falls back to email when the messenger fails, recording both', async () => {
  const email = customerEmail('fallback');
  byEmail.set(email, { locale: 'ru', messenger: 'max', handle: '1234509876' });
  const { order } = await paidOrder(t, { email });
  await until(async () => (await recordsFor(t, order.id)).filter((r) => r.status === 'sent').length === 2, 10_000, 'confirmation by email and MAX');

  messengers.max.failNext(1, 503);
  await enqueue(t, 'notification.reminder_2h', { orderId: order.id });
  await until(() => mailsTo(email).length === 2, 10_000, 'fallback email');
  expect(mailsTo(email)[1]!.subject).toMatch(/^Через два часа: Белые ночи$/);
  const records = (await recordsFor(t, order.id)).filter((r) => r.type === 'reminder_2h');
  expect(records.map((r) => [r.channel, r.status, r.fallbackFrom]).sort()).toEqual([
    ['email', 'sent', 'max'],
    ['max', 'failed', null],
  ]);
  expect(records.find((r) => r.channel === 'max')!.error).toMatch(/503 service\.unavailable/);
});

it('falls back to email when the handle is not one the messenger knows', async () => {
  const email = customerEmail('badhandle');
  byEmail.set(email, { locale: 'en', messenger: 'telegram', handle: 'not a chat' });
  const { order } = await paidOrder(t, { email });
  await until(() => mailsTo(email).length === 1);
  await enqueue(t, 'notification.reminder_24h', { orderId: order.id });
  await until(() => mailsTo(email).length === 2);
  const failed = (await recordsFor(t, order.id)).find((r) => r.type === 'reminder_24h' && r.channel === 'telegram');
  expect(failed).toMatchObject({ status: 'failed', error: expect.stringContaining('not a Telegram chat id') });
});
