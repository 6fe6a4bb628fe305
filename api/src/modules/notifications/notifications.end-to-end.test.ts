import { randomBytes } from 'node:crypto';
import amqp from 'amqplib';
import request from 'supertest';
import { serveMessengerEmulators, type ServedMessengerEmulators } from '../../emulators/messengers/serve-messenger-emulators';
import { startTestApp, type TestApp } from '../../test/test-app';
import { startSmtpReceiver, type SmtpReceiver } from '../../test/smtp-receiver';
import { bearer, verifiedCustomer } from '../../test/customers-factory';
import { paidOrder, recordsFor, refund, until } from '../../test/notifications-factory';
import { pdfText } from '../../test/pdf-text';
import { amountInWordsRu, formatRubles } from '../documents/amount-in-words';
import { RabbitMqTransport } from '../../platform/jobs/rabbitmq-transport';

/**
 * The whole chain a buyer lives through, with nothing stood in for: payment → outbox → workers →
 * the real documents module → a real SMTP server; the account's messenger preference → the
 * messenger's (emulated) API; a refund → the refund act by email. Through RabbitMQ, as in
 * production with AMQP_URL (the in-process worker of the embedded default has its own tests).
 */
const AMQP_URL = process.env.AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672';
const prefix = `test-${randomBytes(4).toString('hex')}.`;
let t: TestApp;
let smtp: SmtpReceiver;
let messengers: ServedMessengerEmulators;
beforeAll(async () => {
  smtp = await startSmtpReceiver();
  messengers = await serveMessengerEmulators();
  t = await startTestApp({ workers: { smtpUrl: smtp.url, amqpUrl: AMQP_URL, prefix }, env: messengers.env });
  expect(t.workers?.transport).toBeInstanceOf(RabbitMqTransport);
});
afterAll(async () => {
  const topics = t.workers?.topics ?? [];
  await t.close();
  await messengers.close();
  await smtp.close();
  // This run's queues and exchanges, so the broker does not collect them.
  const connection = await amqp.connect(AMQP_URL);
  const channel = await connection.createChannel();
  for (const topic of topics) await channel.deleteQueue(`${prefix}prichal.jobs.workers.${topic}`);
  await channel.deleteQueue(`${prefix}prichal.jobs.dead`);
  await channel.deleteExchange(`${prefix}prichal.jobs`);
  await channel.deleteExchange(`${prefix}prichal.jobs.dlx`);
  await connection.close();
});
const mailsTo = (email: string) => smtp.mails.filter((m) => m.to && !Array.isArray(m.to) && m.to.value[0]?.address === email);

it('emails the paid order’s invoice, act and e-tickets as PDFs carrying the requisites, numbers and totals', async () => {
  const { order } = await paidOrder(t, { locale: 'ru' });
  await until(() => mailsTo(order.customer.email).length > 0, 15_000, 'confirmation mail');
  const [mail] = mailsTo(order.customer.email);
  const year = new Date().getUTCFullYear();
  expect(mail!.attachments.map((a) => a.contentType)).toEqual(mail!.attachments.map(() => 'application/pdf'));
  const documents = await t.services.documents.service.list(order.id);
  expect(documents.map((d) => d.kind)).toEqual(['invoice', 'act']);

  const invoice = mail!.attachments.find((a) => a.filename === documents[0]!.filename)!;
  const text = await pdfText(invoice.content);
  const requisites = await t.services.documents.requisites.get();
  for (const value of [requisites.legalName, requisites.inn, requisites.bik, requisites.settlementAccount]) expect(text).toContain(value);
  expect(text).toContain(documents[0]!.number);
  expect(documents[0]!.number).toMatch(new RegExp(`^СЧ-${year}-\\d{6}$`));
  expect(text.replace(/\u00a0/g, ' ')).toContain(formatRubles(order.totalKopecks).replace(/\u00a0/g, ' '));
  expect(text).toContain(amountInWordsRu(order.totalKopecks));

  expect(mail!.attachments.some((a) => a.filename === documents[1]!.filename)).toBe(true);
  for (const ticket of order.tickets) expect(mail!.attachments.some((a) => a.filename === `ticket-${ticket.code}.pdf`)).toBe(true);
  // The documents job and the email may both have asked for the documents: still one of each.
  expect((await t.db.query('SELECT count(*)::int AS n FROM document WHERE order_id = $1', [order.id]))[0].n).toBe(2);
});

it('follows a confirmed account’s messenger preference and language, and mails the refund act after a refund', async () => {
  const owner = await verifiedCustomer(t, { fullName: 'Мария Волкова' });
  await request(t.server).patch('/api/v1/me').set(bearer(owner.session.accessToken))
    .send({ preferredLang: 'en', preferredMessenger: 'telegram', messengerHandle: '123456789' }).expect(200);
  const { order, token } = await paidOrder(t, { email: owner.email, locale: 'ru' });

  await until(async () => (await recordsFor(t, order.id)).filter((r) => r.status === 'sent').length === 2, 15_000, 'email and Telegram');
  const telegram = messengers.telegram.received.find((m) => String(m.body.chat_id) === '123456789');
  expect(telegram?.body.text).toContain(`Order ${order.number} is paid.`);
  const aboutOrder = () => mailsTo(owner.email).filter((m) => m.subject?.includes(order.number));
  expect(aboutOrder()[0]!.subject).toContain(`Order ${order.number} is paid`);

  const refunded = await refund(t, order.id, token, [order.tickets[0].id]);
  expect(refunded.status).toBe(200);
  await until(() => aboutOrder().length === 2, 15_000, 'refund confirmation');
  const refundMail = aboutOrder()[1]!;
  const [refundAct] = (await t.services.documents.service.list(order.id)).filter((d) => d.kind === 'refund_act');
  const attached = refundMail.attachments.find((a) => a.filename === refundAct!.filename);
  expect(attached).toBeDefined();
  const text = await pdfText(attached!.content);
  expect(text).toContain(refundAct!.number);
  expect(text.replace(/\u00a0/g, ' ')).toContain(`Сумма возврата: ${formatRubles(refunded.body.amountKopecks).replace(/\u00a0/g, ' ')}`);
  expect(text).toContain(amountInWordsRu(refunded.body.amountKopecks));
});
