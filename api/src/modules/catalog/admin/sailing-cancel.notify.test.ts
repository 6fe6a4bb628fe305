import request from 'supertest';
import type { ParsedMail } from 'mailparser';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { startSmtpReceiver, type SmtpReceiver } from '../../../test/smtp-receiver';
import { HOUR } from '../../../test/catalog-factory';
import { makeSeatedSailing } from '../../../test/seating-factory';
import { customer } from '../../../test/orders-factory';
import { makeStaff, type StaffLogin } from '../../../test/staff-factory';
import { paidOrder, pendingOrder } from '../../../test/paid-order-factory';
import { pause, recordsFor, until } from '../../../test/notifications-factory';

/**
 * A cancelled sailing, told: every buyer gets one message that it will not sail — a paid one
 * that the money comes back in full although departure is less than 24 hours away — however
 * often the cancellation runs; the refund confirmation with its act follows on its own.
 */
let t: TestApp;
let smtp: SmtpReceiver;
let editor: StaffLogin;
beforeAll(async () => {
  smtp = await startSmtpReceiver();
  t = await startTestApp({ workers: { smtpUrl: smtp.url } });
  editor = await makeStaff(t, { grants: { catalog: 'write', refunds: 'write', orders: 'read' } });
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

const mailsTo = (email: string) => smtp.mails.filter((m) => m.to && !Array.isArray(m.to) && m.to.value[0]?.address === email);
const about = (email: string, subject: RegExp): ParsedMail[] => mailsTo(email).filter((m) => subject.test(m.subject ?? ''));
const CANCELLED = /^(Рейс отменён|Sailing cancelled): /;
const REFUNDED = /^(Возврат по заказу|Refund for order) /;
const cancel = (eventId: string) => request(t.server).post(`/api/v1/admin/sailings/${eventId}/cancel`).set(editor.auth).send({ reason: 'Шторм на заливе' });

it('tells each buyer once that the sailing is cancelled and a paid order is refunded in full regardless of the 24-hour rule', async () => {
  const sailing = await makeSeatedSailing(t, { startsAt: new Date(Date.now() + 12 * HOUR) });
  const anna = customer();
  const john = customer({ fullName: 'John Smith' });
  const late = customer();
  await paidOrder(t, sailing.eventId, ['D1-R1-S1', 'D1-R1-S2'], anna);
  const johnsOrder = await paidOrder(t, sailing.eventId, ['D1-R2-S1'], john, 'en');
  await pendingOrder(t, sailing.eventId, ['D1-R3-S1'], late);
  await until(() => mailsTo(anna.email).length === 1 && mailsTo(john.email).length === 1, 15_000, 'confirmations');

  expect((await cancel(sailing.eventId)).body).toMatchObject({ cancelledNow: true, ordersCancelled: 1, refunds: { succeeded: 2 } });
  await until(
    () => [anna, john, late].every((b) => about(b.email, CANCELLED).length === 1) && [anna, john].every((b) => about(b.email, REFUNDED).length === 1),
    15_000, 'cancellation and refund mails',
  );
  // Running the cancellation again tells nobody anything new.
  expect((await cancel(sailing.eventId)).body).toMatchObject({ cancelledNow: false, refunds: { succeeded: 0 } });
  await pause(500);
  for (const buyer of [anna, john, late]) expect(about(buyer.email, CANCELLED)).toHaveLength(1);
  for (const buyer of [anna, john]) expect(about(buyer.email, REFUNDED)).toHaveLength(1);

  const [toAnna] = about(anna.email, CANCELLED);
  expect(toAnna!.text).toContain('Причина: Шторм на заливе');
  expect(toAnna!.text).toContain('мы вернём полную стоимость билетов на карту, с которой вы платили, независимо от правила 24 часов');
  const [toJohn] = about(john.email, CANCELLED);
  expect(toJohn!.subject).toMatch(/^Sailing cancelled: /);
  expect(toJohn!.text).toContain('Hello John Smith,');
  expect(toJohn!.text).toContain('we refund the full price of your tickets to the card you paid with, whatever the 24-hour rule says');
  expect(toJohn!.text).not.toMatch(/[а-яё]/i);
  const [toLate] = about(late.email, CANCELLED);
  expect(toLate!.text).toContain('заказ не был оплачен, поэтому ничего списано не будет');
  expect(toLate!.text).not.toContain('вернём');
  // The refund confirmation carries the refund act.
  expect(about(john.email, REFUNDED)[0]!.attachments.map((a) => a.filename)).toEqual([expect.stringMatching(/^refund-act-\d{4}-\d{6}\.pdf$/)]);

  const page = (await request(t.server).get(`/api/v1/admin/orders/${johnsOrder.id}`).set(editor.auth)).body;
  expect(page.notifications.map((n: { kind: string }) => n.kind).sort()).toEqual(['order_confirmation', 'refund_confirmation', 'sailing_cancelled']);
  expect((await recordsFor(t, johnsOrder.id)).every((r) => r.status === 'sent')).toBe(true);
});
