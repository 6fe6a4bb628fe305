import { createLogger } from '../../platform/logger';
import { startTestApp, type TestApp } from '../../test/test-app';
import { startSmtpReceiver, type SmtpReceiver } from '../../test/smtp-receiver';
import { enqueue, paidOrder, pause, recordsFor, refund, until } from '../../test/notifications-factory';
import { DAY, HOUR } from '../../test/catalog-factory';
import { ReminderScheduler } from './reminder-scheduler';

/** Departure reminders 24 h and 2 h before: scheduled once per order, sent once. */
let now = new Date();
let t: TestApp;
let smtp: SmtpReceiver;
beforeAll(async () => {
  smtp = await startSmtpReceiver();
  t = await startTestApp({ workers: { smtpUrl: smtp.url }, clock: () => now });
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});
afterEach(() => {
  now = new Date();
});
const MINUTE = 60_000;
const scheduled = async (orderId: string, topic: string) =>
  ((await t.db.query("SELECT count(*)::int AS n FROM outbox WHERE topic = $1 AND payload->>'orderId' = $2", [topic, orderId]))[0].n as number);
const subjectsTo = (email: string) => smtp.mails.filter((m) => m.to && !Array.isArray(m.to) && m.to.value[0]?.address === email).map((m) => m.subject);

it('reminds 24 hours and 2 hours before departure, each once, even with two schedulers at work', async () => {
  const startsAt = new Date(Date.now() + 3 * DAY);
  const { order } = await paidOrder(t, { startsAt, locale: 'en' });
  await until(() => subjectsTo(order.customer.email).length === 1);
  const other = new ReminderScheduler(t.db, () => now, createLogger('silent'));

  now = new Date(startsAt.getTime() - 24 * HOUR - MINUTE);
  await t.services.notifications.reminders.runOnce();
  expect(await scheduled(order.id, 'notification.reminder_24h')).toBe(0);

  now = new Date(startsAt.getTime() - 24 * HOUR + MINUTE);
  await Promise.all([t.services.notifications.reminders.runOnce(), other.runOnce()]);
  await t.services.notifications.reminders.runOnce();
  expect(await scheduled(order.id, 'notification.reminder_24h')).toBe(1);
  await until(() => subjectsTo(order.customer.email).length === 2, 10_000, '24-hour reminder');

  now = new Date(startsAt.getTime() - 2 * HOUR + MINUTE);
  await Promise.all([t.services.notifications.reminders.runOnce(), other.runOnce()]);
  await t.services.notifications.reminders.runOnce();
  expect(await scheduled(order.id, 'notification.reminder_24h')).toBe(1);
  expect(await scheduled(order.id, 'notification.reminder_2h')).toBe(1);
  await until(() => subjectsTo(order.customer.email).length === 3, 10_000, '2-hour reminder');
  await pause(300);

  expect(subjectsTo(order.customer.email)).toEqual([
    `Order ${order.number} is paid: White Nights`,
    expect.stringMatching(/^Reminder: White Nights, \w+day, \d{1,2} \w+ \d{4} at \d{2}:\d{2} \(Moscow time\)$/),
    'In two hours: White Nights',
  ]);
  const records = (await recordsFor(t, order.id)).map((r) => [r.type, r.status, r.attempts]);
  expect(records).toEqual([['order_confirmation', 'sent', 1], ['reminder_24h', 'sent', 1], ['reminder_2h', 'sent', 1]]);
});

it('skips the 24-hour reminder for a ticket bought less than 24 hours ahead', async () => {
  const startsAt = new Date(Date.now() + 10 * HOUR);
  const { order } = await paidOrder(t, { startsAt });
  now = new Date(Date.now() + MINUTE);
  await t.services.notifications.reminders.runOnce();
  expect(await scheduled(order.id, 'notification.reminder_24h')).toBe(0);
  now = new Date(startsAt.getTime() - 2 * HOUR + MINUTE);
  await t.services.notifications.reminders.runOnce();
  expect(await scheduled(order.id, 'notification.reminder_2h')).toBe(1);
});

it('does not remind a refunded order, even when its reminder was already scheduled', async () => {
  const startsAt = new Date(Date.now() + 3 * DAY);
  const { order, token } = await paidOrder(t, { startsAt });
  expect((await refund(t, order.id, token)).status).toBe(200);
  // A reminder written before the refund and delivered after it.
  const early = await enqueue(t, 'notification.reminder_24h', { orderId: order.id });
  now = new Date(startsAt.getTime() - 24 * HOUR + MINUTE);
  await t.services.notifications.reminders.runOnce();
  expect(await scheduled(order.id, 'notification.reminder_24h')).toBe(1);
  await until(async () => (await t.db.query('SELECT 1 FROM processed_message WHERE message_id = $1', [early])).length === 1, 10_000, 'reminder job done');
  expect((await recordsFor(t, order.id)).map((r) => r.type)).not.toContain('reminder_24h');
});
