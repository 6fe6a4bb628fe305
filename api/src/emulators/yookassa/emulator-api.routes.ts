import { Hono, type Context, type MiddlewareHandler } from 'hono';
import type { Payment, Refund } from '../../modules/payments/yookassa.types';
import { EmulatorApiError, EmulatorErrors, jsonResponse } from './emulator-errors';
import type { EmulatorState } from './emulator-state';
import { parsePaymentRequest, parseRefundRequest } from './emulator-validation';
import { injectFailures, type InjectedFailures } from './failure-injection';
import { canonicalJson, type IdempotenceStore } from './idempotence';

export interface EmulatorApiDependencies {
  shopId: string;
  secretKey: string;
  state: EmulatorState;
  idempotence: IdempotenceStore;
  failures: InjectedFailures;
}

const IDEMPOTENCE_KEY_MAX_LENGTH = 64;

/** HTTP Basic with the shop id as user and the secret key as password. */
function basicAuth(shopId: string, secretKey: string): MiddlewareHandler {
  const expected = `${shopId}:${secretKey}`;
  return async function requireShopCredentials(c, next) {
    const [scheme, encoded] = (c.req.header('authorization') ?? '').split(' ');
    const given = scheme?.toLowerCase() === 'basic' && encoded ? Buffer.from(encoded, 'base64').toString('utf8') : '';
    if (given !== expected) throw EmulatorErrors.invalidCredentials();
    await next();
  };
}

async function readJsonBody(c: Context): Promise<unknown> {
  const text = await c.req.text();
  // Cancel and capture may be sent without a body.
  if (text.trim() === '') return {};
  if (!(c.req.header('content-type') ?? '').toLowerCase().includes('application/json')) {
    throw new EmulatorApiError(415, 'invalid_request', 'Content-Type must be application/json');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw EmulatorErrors.invalid('body', 'The body is not valid JSON');
  }
}

/**
 * Runs a POST under YooKassa's `Idempotence-Key` rules: the key is required; a repeat of the
 * same request replays the first answer (a 4xx included); a different request under a used
 * key is "Idempotence key duplicated". Nothing awaits between the lookup and `remember`, so
 * concurrent repeats cannot both run `operate`.
 */
async function idempotent(c: Context, store: IdempotenceStore, operate: (body: unknown) => Payment | Refund): Promise<Response> {
  const key = c.req.header('idempotence-key');
  if (!key) throw EmulatorErrors.invalid('Idempotence-Key', 'Idempotence-Key header is required for POST requests');
  if (key.length > IDEMPOTENCE_KEY_MAX_LENGTH) {
    throw EmulatorErrors.invalid('Idempotence-Key', `Idempotence-Key must be at most ${IDEMPOTENCE_KEY_MAX_LENGTH} characters`);
  }
  const body = await readJsonBody(c);
  const fingerprint = `${c.req.method} ${c.req.path} ${canonicalJson(body)}`;
  const seen = store.lookup(key, fingerprint);
  if (seen.kind === 'conflict') throw EmulatorErrors.invalid('Idempotence-Key', 'Idempotence key duplicated');
  if (seen.kind === 'replay') return jsonResponse(seen.body, seen.status);
  let status = 200;
  let answer: unknown;
  try {
    answer = operate(body);
  } catch (error) {
    if (!(error instanceof EmulatorApiError) || error.status >= 500) throw error;
    status = error.status;
    answer = error.body;
  }
  store.remember(key, fingerprint, status, answer);
  return jsonResponse(answer, status);
}

/**
 * The emulated `/v3` API: payments, their cancellation, refunds, with YooKassa's auth,
 * idempotence and error bodies. Mounted by the emulator factory under `${basePath}/v3`.
 *
 * @example
 * app.route('/yookassa/v3', emulatorApiRoutes({ shopId, secretKey, state, idempotence, failures }));
 */
export function emulatorApiRoutes(deps: EmulatorApiDependencies): Hono {
  const { state, idempotence } = deps;
  const v3 = new Hono();
  v3.use('*', injectFailures(deps.failures));
  v3.use('*', basicAuth(deps.shopId, deps.secretKey));

  v3.post('/payments', (c) => idempotent(c, idempotence, (body) => state.createPayment(parsePaymentRequest(body))));
  v3.get('/payments/:paymentId', (c) => jsonResponse(state.getPayment(c.req.param('paymentId')), 200));
  v3.post('/payments/:paymentId/cancel', (c) => idempotent(c, idempotence, () => state.cancelByMerchant(c.req.param('paymentId'))));
  v3.post('/refunds', (c) => idempotent(c, idempotence, (body) => state.createRefund(parseRefundRequest(body))));
  v3.get('/refunds/:refundId', (c) => jsonResponse(state.getRefund(c.req.param('refundId')), 200));
  v3.all('*', (c) => EmulatorErrors.notFound(`${c.req.method} ${c.req.path}`).toResponse());

  v3.onError((error) => (error instanceof EmulatorApiError ? error : EmulatorErrors.internal()).toResponse());
  return v3;
}
