import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';

function parseBody(text) {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Keep-alive JSON over node:http; returns status, body and elapsed milliseconds. */
export function jsonClient(baseUrl, maxSockets = 128) {
  const url = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets });
  return function call(method, path, body, headers = {}) {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const req = http.request(
        { host: url.hostname, port: url.port, path, method, agent, headers: { ...(payload ? { 'content-type': 'application/json' } : {}), ...headers } },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk) => (text += chunk));
          res.on('end', () => {
            resolve({ status: res.statusCode, body: parseBody(text), ms: performance.now() - started });
          });
        },
      );
      req.on('error', reject);
      if (payload) req.write(payload);
      req.end();
    });
  };
}

/**
 * One buyer's whole purchase: lock a seat → create the order → create the payment → pay on
 * the payment page → wait until the webhook made the order PAID. Returns each step's time.
 */
export async function checkoutOnce({ api, emulator, eventId, seatCode, pollMs = 10, paidTimeoutMs = 10_000 }) {
  const sessionId = randomUUID();
  const lock = await api('POST', `/api/v1/events/${eventId}/seats/lock`, { sessionId, seats: [seatCode] });
  if (lock.status !== 200) return { failed: `lock ${lock.status} ${lock.body?.code ?? ''}` };
  const order = await api(
    'POST',
    '/api/v1/orders',
    { sessionId, eventId, locale: 'ru', customer: { fullName: 'Иванова Мария Петровна', email: `buyer-${sessionId.slice(0, 8)}@example.ru`, phone: '+79211234567' } },
    { 'idempotency-key': randomUUID() },
  );
  if (order.status !== 201) return { failed: `order ${order.status} ${order.body?.code ?? ''}` };
  const orderId = order.body.order.id;
  const token = order.body.accessToken;
  const payment = await api('POST', '/api/v1/payments/yookassa/create', { orderId, accessToken: token });
  if (payment.status !== 200) return { failed: `payment ${payment.status} ${payment.body?.code ?? ''}` };
  const paidAt = performance.now();
  const pay = await emulator('POST', `/yookassa/checkout/${payment.body.paymentId}/pay`);
  if (pay.status !== 302) return { failed: `pay ${pay.status}` };
  for (;;) {
    const view = await api('GET', `/api/v1/orders/${orderId}?token=${token}`);
    if (view.body?.status === 'PAID') break;
    if (performance.now() - paidAt > paidTimeoutMs) return { failed: `not PAID after ${paidTimeoutMs} ms (${view.body?.status})` };
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  return { lockMs: lock.ms, orderMs: order.ms, paymentMs: payment.ms, paidMs: performance.now() - paidAt };
}
