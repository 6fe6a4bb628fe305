import request from 'supertest';
import { startTestApp, type TestApp } from '../../test/test-app';
import { startSmtpReceiver, type SmtpReceiver } from '../../test/smtp-receiver';
import { enqueue, paidOrder, pause, recordingAttachments, recordsFor, refund, until } from '../../test/notifications-factory';
import { listDeadJobs } from '../../platform/jobs/outbox-relay';

/**
 * Emails through a real SMTP server in this process, sent by the in-process workers from the
 * outbox rows that payments, refunds and accounts write.
 */
let t: TestApp;
let smtp: SmtpReceiver;
const attachments = recordingAttachments();
beforeAll(async () => {
  smtp = await startSmtpReceiver();
  t = await startTestApp({ workers: { smtpUrl: smtp.url }, attachments });
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});
beforeEach(() => {
  smtp.mails.length = 0;
});
/** Text with the no-break spaces of number formats as plain spaces. */
const plain = (text: string | false | undefined) => (text || '').replace(/[\u00a0\u202f]/g, ' ');
const mailsTo = (email: string) => smtp.mails.filter((m) => m.to && !Array.isArray(m.to) && m.to.value[0]?.address === email);

it('sends one confirmation for a paid order, in its language, with the documents attached and a link that opens the order', async () => {
  const { order, token } = await paidOrder(t, { locale: 'en', fullName: 'Maria <b>Ivanova</b> & Co' });
  await until(() => mailsTo(order.customer.email).length > 0, 10_000, 'confirmation mail');
  await pause(300);
  const mails = mailsTo(order.customer.email);
  expect(mails).toHaveLength(1);
  const mail = mails[0]!;

  expect(mail.subject).toBe(`Order ${order.number} is paid: White Nights`);
  expect(mail.from?.text).toContain('noreply@127.0.0.1');
  expect(mail.attachments.map((a) => [a.filename, a.contentType, a.content.toString()])).toEqual([
    ['e-tickets.pdf', 'application/pdf', `%PDF-1.7 e-tickets ${order.id} `],
    ['invoice.pdf', 'application/pdf', `%PDF-1.7 invoice ${order.id} `],
  ]);
  expect(attachments.calls).toContainEqual({ orderId: order.id, purpose: 'order_confirmation', refundId: undefined });

  // Departure and the refund deadline (24 h before) in Moscow time, the total in roubles, the seats.
  const startsAt = new Date(order.event.startsAt);
  const moscow = (d: Date) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Moscow', dateStyle: 'full', timeStyle: 'short' }).format(d);
  const text = plain(mail.text);
  expect(text).toContain(`Departure: ${moscow(startsAt)} (Moscow time)`);
  expect(text).toContain(`until ${moscow(new Date(startsAt.getTime() - 24 * 3_600_000))} (Moscow time), 24 hours before departure`);
  expect(order.totalKopecks).toBe(320_000);
  expect(text).toContain('• Adult, seat D1-R1-S1 — RUB 1,700.00\n• Adult, seat D1-R1-S2 — RUB 1,500.00');
  expect(text).toContain('Paid: RUB 3,200.00');
  expect(text).toContain('Hello Maria <b>Ivanova</b> & Co,');

  // The customer's name is data, never markup, in the HTML part.
  expect(mail.html).toContain('Hello Maria &lt;b&gt;Ivanova&lt;/b&gt; &amp; Co,');
  expect(mail.html).not.toContain('<b>Ivanova</b>');

  const link = /(http:\/\/\S+\/orders\/\S+)/.exec(text)?.[1] ?? '';
  expect(link).toBe(`${t.baseUrl}/orders/${order.id}?token=${encodeURIComponent(token)}`);
  const opened = await request(t.server).get(`/api/v1/orders/${order.id}?token=${new URL(link).searchParams.get('token')}`);
  expect(opened.status).toBe(200);

  const records = await recordsFor(t, order.id);
  expect(records).toEqual([
    expect.objectContaining({
      type: 'order_confirmation', channel: 'email', recipient: order.customer.email, locale: 'en', status: 'sent', attempts: 1,
      providerMessageId: mail.messageId, error: null, subject: mail.subject,
    }),
  ]);
});

it('says refunds are closed for tickets bought less than 24 hours before departure', async () => {
  const { order } = await paidOrder(t, { locale: 'ru', startsAt: new Date(Date.now() + 10 * 3_600_000) });
  await until(() => mailsTo(order.customer.email).length === 1);
  const text = plain(mailsTo(order.customer.email)[0]!.text);
  expect(text).toMatch(/Возврат: билеты можно было вернуть до .+ \(по московскому времени\) — за 24 часа до отправления; сейчас вернуть их уже нельзя\./);
});

it('confirms a refund with the refund documents, the refunded ticket and the amount', async () => {
  const { order, token } = await paidOrder(t, { locale: 'ru' });
  await until(() => mailsTo(order.customer.email).length === 1);
  const ticket = order.tickets.find((x: any) => x.seatCode === 'D1-R1-S2');
  const refunded = await refund(t, order.id, token, [ticket.id]);
  expect(refunded.status).toBe(200);

  await until(() => mailsTo(order.customer.email).length === 2, 10_000, 'refund mail');
  const mail = mailsTo(order.customer.email)[1]!;
  expect(mail.subject).toBe(`Возврат по заказу ${order.number} оформлен`);
  expect(mail.attachments.map((a) => a.filename)).toEqual(['refund-act.pdf']);
  expect(attachments.calls).toContainEqual({ orderId: order.id, purpose: 'refund_confirmation', refundId: refunded.body.id });
  expect(plain(mail.text)).toContain('оформлен: 1 500,00 ₽ вернутся на карту');
  expect(plain(mail.text)).toContain('Возвращённые билеты (они больше не действуют):\n• Взрослый, место D1-R1-S2 — 1 500,00 ₽\n');
  expect(mail.text).not.toMatch(/место D1-R1-S1/);

  const records = await recordsFor(t, order.id);
  expect(records.map((r) => [r.type, r.channel, r.status])).toEqual([
    ['order_confirmation', 'email', 'sent'],
    ['refund_confirmation', 'email', 'sent'],
  ]);
});

it('retries a refused email: one mail arrives and the record shows two attempts', async () => {
  smtp.refuseNext(1);
  const { order } = await paidOrder(t);
  await until(() => mailsTo(order.customer.email).length === 1, 10_000, 'mail after a retry');
  await pause(300);
  expect(mailsTo(order.customer.email)).toHaveLength(1);
  const [record] = await recordsFor(t, order.id);
  expect(record).toMatchObject({ status: 'sent', attempts: 2, error: null });
});

it('records the failure when every attempt is refused, and dead-letters the job', async () => {
  smtp.refuseNext(3);
  const { order } = await paidOrder(t);
  await until(async () => (await recordsFor(t, order.id))[0]?.attempts === 3, 10_000, 'three attempts');
  await until(async () => (await listDeadJobs(t.db)).length > 0, 10_000, 'dead job');
  const [record] = await recordsFor(t, order.id);
  expect(record).toMatchObject({ status: 'failed', attempts: 3, providerMessageId: null });
  expect(record!.error).toMatch(/451/);
  expect(mailsTo(order.customer.email)).toHaveLength(0);
});

it('sends account mail from the accounts module’s jobs in the language they name', async () => {
  const email = 'wang.li@example.cn';
  const sourceId = await enqueue(t, 'notification.email_verification', { email, locale: 'zh', link: 'https://prichal.example/verify?token=abc&x=1' });
  await until(() => mailsTo(email).length === 1);
  const mail = mailsTo(email)[0]!;
  expect(mail.subject).toBe('请确认您的电子邮箱');
  expect(mail.text).toContain('https://prichal.example/verify?token=abc&x=1');
  expect(mail.html).toContain('href="https://prichal.example/verify?token=abc&amp;x=1"');
  await until(async () => (await t.services.notifications.records.listForSource(sourceId))[0]?.status === 'sent');
  const records = await t.services.notifications.records.listForSource(sourceId);
  expect(records).toEqual([expect.objectContaining({ type: 'email_verification', channel: 'email', status: 'sent', orderId: null })]);

  await enqueue(t, 'notification.password_reset', { email, locale: 'en', link: 'https://prichal.example/reset?token=def' });
  await until(() => mailsTo(email).length === 2);
  expect(mailsTo(email)[1]!.subject).toBe('Reset your password');
});

it('tells the buyer when a late payment was refunded because the seats were taken', async () => {
  const { order, paymentId } = await paidOrder(t, { locale: 'en' });
  await until(() => mailsTo(order.customer.email).length === 1);
  await enqueue(t, 'order.late_payment_refunded', { orderId: order.id, paymentId });
  await until(() => mailsTo(order.customer.email).length === 2);
  const mail = mailsTo(order.customer.email)[1]!;
  expect(mail.subject).toBe(`Your payment for order ${order.number} was refunded`);
  expect(plain(mail.text)).toContain('We have refunded the full amount, RUB 3,200.00, to the card you paid with');
});

it('sends support updates (the support module’s jobs) with the reply as text, never as markup', async () => {
  const email = 'support.reader@example.ru';
  await enqueue(t, 'notification.support_update', {
    email, locale: 'ru', caseNumber: 'S-000017', message: 'Здравствуйте!\nВернули <деньги> & закрыли обращение.', link: 'https://prichal.example/support/S-000017',
  });
  await until(() => mailsTo(email).length === 1);
  const mail = mailsTo(email)[0]!;
  expect(mail.subject).toBe('Обращение S-000017: новый ответ');
  expect(mail.text).toContain('Здравствуйте!\nВернули <деньги> & закрыли обращение.');
  expect(mail.html).toContain('<blockquote>Здравствуйте!<br>\nВернули &lt;деньги&gt; &amp; закрыли обращение.</blockquote>');
});
