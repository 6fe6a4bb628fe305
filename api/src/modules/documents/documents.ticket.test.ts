import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { startTestApp, type TestApp } from '../../test/test-app';
import { DAY, makeCategory, makeEvent, makeRoute, makeSeatedVessel, makeTicketType, seed, text } from '../../test/catalog-factory';
import { paidOrder } from '../../test/payments-factory';
import { pdfText } from '../../test/pdf-text';
import { ticketDefinition } from './pdf/ticket.pdf';
import { readOrderForDocuments } from './document-data';

/** E-tickets in the buyer's language, Chinese included, and nothing of the fiscal receipt on them. */
let t: TestApp;
let eventId: string;
// 18:30 in Moscow, three days out (refunds stay open).
const startsAt = new Date(Math.floor((Date.now() + 3 * DAY) / DAY) * DAY + 15.5 * 3_600_000);
beforeAll(async () => {
  t = await startTestApp();
  eventId = await seed(t.db, async (tx) => {
    const category = await makeCategory(tx);
    const adult = await makeTicketType(tx);
    const event = await makeEvent(tx, {
      route: await makeRoute(tx, { name: text('Реки и каналы', 'Rivers and canals', '河流与运河') }),
      vessel: await makeSeatedVessel(tx, { categories: [category], decks: 1, rows: 3, seatsPerRow: 4 }),
      startsAt,
      title: text(`Белые ночи ${randomUUID().slice(0, 4)}`, 'White Nights cruise', '白夜游船'),
      prices: [{ ticketType: adult, category, amountKopecks: 150_000 }],
    });
    return event.id;
  });
});
afterAll(() => t.close());

const ticketText = async (ticketId: string) => pdfText((await t.services.documents.service.ticketPdf(ticketId)).content);

it('prints a Chinese buyer’s ticket in Chinese, with Chinese glyphs that text can be copied from', async () => {
  const { order, paymentId } = await paidOrder(t, eventId, ['D1-R2-S3'], { locale: 'zh' });
  const pdf = (await t.services.documents.service.ticketPdf(order.tickets[0].id)).content;
  // The CJK font is embedded (a subset), so readers without Chinese fonts show the glyphs too.
  expect(pdf.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+SourceHanSansCN-Regular/);
  const text = await pdfText(pdf);
  for (const label of ['电子船票', '航次', '出发时间', '莫斯科时间', '航线', '码头', '船舶', '座位', '票种', '订单号', '购票人', '票号', '登船时请出示此二维码']) {
    expect(text).toContain(label);
  }
  expect(text).toContain('白夜游船');
  expect(text).toContain('河流与运河');
  expect(text).toContain('2排 3座');
  expect(text).toContain('成人');
  expect(text).toContain('18:30');
  expect(text).toContain(order.number);
  expect(text).toContain(order.tickets[0].code);
  // The buyer's Cyrillic name is set in the Latin/Cyrillic font beside the Chinese.
  expect(text).toContain(order.customer.fullName);
  expect(text).not.toContain(paymentId);
});

it.each([
  ['en', 'D1-R2-S4', ['E-ticket', 'Sailing', 'Departure', 'Moscow time', 'Pier', 'Vessel', 'Seat', 'row 2, seat 4', 'White Nights cruise', 'Rivers and canals', 'at 18:30']],
  ['ru', 'D1-R3-S4', ['Электронный билет', 'Рейс', 'Отправление', 'время московское', 'Причал', 'Теплоход', 'ряд 3, место 4', 'Реки и каналы', 'в 18:30']],
] as const)('prints a ticket in the order’s language: %s', async (locale, seat, phrases) => {
  const { order, paymentId } = await paidOrder(t, eventId, [seat], { locale });
  const text = await ticketText(order.tickets[0].id);
  for (const phrase of phrases) expect(text).toContain(phrase);
  expect(text).not.toContain(paymentId);
});

it('marks a refunded ticket void and drops its QR code; the refund leaves no fiscal data on it', async () => {
  const { order, token, paymentId } = await paidOrder(t, eventId, ['D1-R1-S2']);
  const done = await request(t.server).post(`/api/v1/orders/${order.id}/refunds`).set('Idempotency-Key', randomUUID()).send({ accessToken: token });
  expect(done.body.status).toBe('succeeded');
  const text = await ticketText(order.tickets[0].id);
  expect(text).toContain('Билет аннулирован');
  expect(text).not.toContain('Покажите QR-код');
  const [{ gateway_refund_id: gatewayRefundId }] = await t.db.query('SELECT gateway_refund_id FROM refund WHERE id = $1', [done.body.id]);
  for (const secret of [paymentId, gatewayRefundId, 'ФН', 'ФПД', 'фискальн', 'YooKassa', 'ЮKassa']) expect(text).not.toContain(secret);
});

it('puts the ticket’s signed QR payload in the QR code, which the boarding check accepts', async () => {
  const { order } = await paidOrder(t, eventId, ['D1-R1-S3']);
  const [ticket] = order.tickets;
  const data = (await readOrderForDocuments(t.db, order.id))!;
  const definition = JSON.stringify(
    ticketDefinition({
      lang: 'ru', order: data, line: data.lines[0]!, code: ticket.code, status: 'valid', qrPayload: ticket.qrPayload, refundableUntil: new Date(),
    }).content,
  );
  expect(definition).toContain(JSON.stringify({ qr: ticket.qrPayload }).slice(1, -1));
  expect(t.services.tickets.signer.verify(ticket.qrPayload)?.t).toBe(ticket.id);
});
