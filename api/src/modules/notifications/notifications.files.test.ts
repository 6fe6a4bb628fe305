import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { startTestApp, type TestApp } from '../../test/test-app';
import { enqueue, paidOrder, preferences, recordingAttachments, recordsFor, until } from '../../test/notifications-factory';
import type { RecipientPreference } from './notification-ports';

/** The embedded default: no SMTP_URL and no messenger tokens — messages become files under DATA_DIR. */
let t: TestApp;
const byEmail = new Map<string, RecipientPreference>();
beforeAll(async () => {
  t = await startTestApp({ workers: {}, recipients: preferences(byEmail), attachments: recordingAttachments() });
});
afterAll(() => t.close());
const filesIn = (dir: string) => readdir(path.join(t.dataDir, dir)).catch(() => [] as string[]);

it('writes each email as an .eml file under DATA_DIR/mail, attachments included', async () => {
  const { order } = await paidOrder(t, { locale: 'zh' });
  await until(async () => (await filesIn('mail')).some((name) => name.includes(order.customer.email)), 10_000, '.eml file');
  const [name] = (await filesIn('mail')).filter((file) => file.includes(order.customer.email));
  expect(name).toMatch(/\.eml$/);
  const mail = await simpleParser(await readFile(path.join(t.dataDir, 'mail', name!)));
  expect(mail.subject).toBe(`订单 ${order.number} 已付款：白夜游船`);
  expect(mail.text).toContain('出发时间：');
  expect(mail.attachments.map((a) => a.filename)).toEqual(['e-tickets.pdf', 'invoice.pdf']);
  const [record] = await recordsFor(t, order.id);
  expect(record).toMatchObject({ channel: 'email', status: 'sent', providerMessageId: mail.messageId });
});

it('writes messages for a messenger with no token under DATA_DIR/messages/<messenger>', async () => {
  const email = `files.${Date.now()}@example.ru`;
  byEmail.set(email, { locale: 'ru', messenger: 'telegram', handle: '55501' });
  const { order } = await paidOrder(t, { email });
  await enqueue(t, 'notification.reminder_2h', { orderId: order.id });
  await until(async () => (await recordsFor(t, order.id)).some((r) => r.type === 'reminder_2h' && r.status === 'sent'), 10_000, 'reminder');
  const record = (await recordsFor(t, order.id)).find((r) => r.type === 'reminder_2h')!;
  expect(record).toMatchObject({ channel: 'telegram', recipient: '55501', providerMessageId: expect.stringMatching(/^file:/) });
  const file = path.join(t.dataDir, 'messages', 'telegram', record.providerMessageId!.slice('file:'.length));
  const written = JSON.parse(await readFile(file, 'utf8'));
  expect(written).toMatchObject({ channel: 'telegram', handle: '55501', type: 'reminder_2h', locale: 'ru' });
  expect(written.text).toContain('Через два часа отправление: Белые ночи');
});
