import { Hono } from 'hono';
import { CANCELLATION_REASONS, type CancellationReason, type Payment } from '../../modules/payments/yookassa.types';
import type { EmulatorState } from './emulator-state';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

/**
 * The emulated payment page a buyer is redirected to: the amount, the description, and two
 * buttons that stand for the bank's answer.
 *
 * @example
 * renderConfirmationPage(payment, '/yookassa/checkout/2419a771-…')
 */
export function renderConfirmationPage(payment: Payment, checkoutPath: string): string {
  const reasons = CANCELLATION_REASONS.filter((reason) => !['canceled_by_merchant', 'expired_on_confirmation', 'expired_on_capture'].includes(reason))
    .map((reason) => `<option value="${reason}"${reason === 'general_decline' ? ' selected' : ''}>${reason}</option>`)
    .join('');
  const action = escapeHtml(checkoutPath);
  const open = payment.status === 'pending';
  return `<!doctype html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ЮKassa (эмулятор) · ${escapeHtml(payment.amount.value)} ₽</title>
<style>
  body { font-family: system-ui, sans-serif; max-width: 28rem; margin: 3rem auto; padding: 0 1rem; color: #1a1a1a; }
  .amount { font-size: 2rem; font-weight: 600; margin: .5rem 0; }
  .note { color: #666; font-size: .85rem; }
  form { display: inline-block; margin: 1rem .5rem 0 0; }
  button { font-size: 1rem; padding: .6rem 1.2rem; border-radius: .4rem; border: 1px solid #999; cursor: pointer; }
  button.pay { background: #1f7a3a; color: #fff; border-color: #1f7a3a; }
</style>
</head>
<body>
<p class="note">Эмулятор ЮKassa — тестовый платёж, деньги не списываются / YooKassa emulator — a test payment, no money moves.</p>
<div class="amount" data-testid="amount">${escapeHtml(payment.amount.value)} ₽</div>
<p data-testid="description">${escapeHtml(payment.description ?? '')}</p>
${
  open
    ? `<form method="post" action="${action}/pay"><button class="pay" type="submit">Оплатить / Pay</button></form>
<form method="post" action="${action}/decline"><select name="reason" aria-label="reason">${reasons}</select> <button type="submit">Отклонить / Decline</button></form>`
    : `<p data-testid="status">Платёж уже обработан: ${escapeHtml(payment.status)} / The payment is already ${escapeHtml(payment.status)}.</p>`
}
</body>
</html>`;
}

function isCancellationReason(value: unknown): value is CancellationReason {
  return typeof value === 'string' && (CANCELLATION_REASONS as readonly string[]).includes(value);
}

/**
 * `GET /:paymentId` shows the page; `POST /:paymentId/pay` and `/decline` settle the payment,
 * send its webhook (not awaited: YooKassa notifies asynchronously) and redirect the browser to
 * the payment's return_url. A second click on a settled payment just redirects again.
 *
 * @example
 * app.route('/yookassa/checkout', confirmationRoutes({ state, checkoutPath: (id) => `/yookassa/checkout/${id}` }));
 */
export function confirmationRoutes(deps: { state: EmulatorState; checkoutPath: (paymentId: string) => string }): Hono {
  const { state } = deps;
  const checkout = new Hono();

  const find = (paymentId: string): Payment | undefined => (state.payments.has(paymentId) ? state.getPayment(paymentId) : undefined);
  const notFound = (paymentId: string) => new Response(`Unknown payment ${escapeHtml(paymentId)}`, { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });

  checkout.get('/:paymentId', (c) => {
    const payment = find(c.req.param('paymentId'));
    if (!payment) return notFound(c.req.param('paymentId'));
    return c.html(renderConfirmationPage(payment, deps.checkoutPath(payment.id)), 200);
  });

  checkout.post('/:paymentId/pay', (c) => {
    const payment = find(c.req.param('paymentId'));
    if (!payment) return notFound(c.req.param('paymentId'));
    if (payment.status === 'pending') void state.pay(payment.id);
    return c.redirect(state.returnUrlOf(payment.id) ?? deps.checkoutPath(payment.id), 302);
  });

  checkout.post('/:paymentId/decline', async (c) => {
    const payment = find(c.req.param('paymentId'));
    if (!payment) return notFound(c.req.param('paymentId'));
    const form = await c.req.parseBody();
    if (payment.status === 'pending') void state.decline(payment.id, isCancellationReason(form.reason) ? form.reason : 'general_decline');
    return c.redirect(state.returnUrlOf(payment.id) ?? deps.checkoutPath(payment.id), 302);
  });
  return checkout;
}
