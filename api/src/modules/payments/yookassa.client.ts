import type { ApiErrorBody, CreatePaymentRequest, CreateRefundRequest, Payment, Refund } from './yookassa.types';

export interface YooKassaRetryOptions {
  /** Tries in all, the first included. Default 4. */
  attempts?: number;
  /** Delay before the first retry; doubles each time. Default 200 ms. */
  baseDelayMs?: number;
  /** Cap on one delay. Default 5 000 ms. */
  maxDelayMs?: number;
}

export interface YooKassaClientOptions {
  /** 'https://api.yookassa.ru/v3/' in production, or the emulator's `apiBaseUrl`. */
  baseUrl: string;
  shopId: string;
  secretKey: string;
  /** Defaults to the global fetch; tests inject one to watch or break the transport. */
  fetch?: typeof fetch;
  retry?: YooKassaRetryOptions;
  /** Per attempt. YooKassa answers 500 itself when it cannot decide within 30 s. Default 30 000. */
  timeoutMs?: number;
  /** Called before each retry, e.g. to log it. */
  onRetry?: (info: { method: string; path: string; attempt: number; delayMs: number; error: YooKassaError }) => void;
}

/**
 * A failed call. `status` is the HTTP status, or null when no answer arrived (`code`
 * 'network_error' or 'timeout'). `retryable` says whether the outcome is unknown or transient
 * (429, 5xx, transport): then repeat later with the SAME idempotence key, or GET the object.
 * Otherwise (4xx) the request itself is wrong: fix it and use a NEW key.
 *
 * @example
 * try { await client.createPayment(request, key); }
 * catch (error) { if (error instanceof YooKassaError && error.parameter) log(error.parameter); }
 */
export class YooKassaError extends Error {
  readonly status: number | null;
  readonly code: string;
  readonly description: string | undefined;
  readonly parameter: string | undefined;
  /** YooKassa's id of the failed request, for their support. */
  readonly requestId: string | undefined;
  readonly retryable: boolean;

  constructor(input: {
    status: number | null;
    code: string;
    description?: string;
    parameter?: string;
    requestId?: string;
    retryable: boolean;
    cause?: unknown;
  }) {
    const where = input.parameter ? ` (${input.parameter})` : '';
    super(`YooKassa ${input.status ?? 'transport'} ${input.code}${where}${input.description ? `: ${input.description}` : ''}`, {
      cause: input.cause,
    });
    this.name = 'YooKassaError';
    this.status = input.status;
    this.code = input.code;
    this.description = input.description;
    this.parameter = input.parameter;
    this.requestId = input.requestId;
    this.retryable = input.retryable;
  }
}

const IDEMPOTENCE_KEY_MAX_LENGTH = 64;

/**
 * A thin typed client for YooKassa API v3, ours rather than an npm SDK: the popular SDK is
 * unmaintained, types `vat_code` as a bare number and makes a fresh idempotence key per call,
 * which turns a retry after a lost answer into a second charge. Here the caller passes a key
 * derived from the business id (order, refund), and every retry of that call reuses it.
 *
 * Retries 429, 5xx and transport failures (network error, per-attempt timeout) with doubling,
 * jittered delays; never other 4xx. GETs are retried the same way.
 *
 * @example
 * const yookassa = new YooKassaClient({ baseUrl: 'https://api.yookassa.ru/v3/', shopId, secretKey });
 * const payment = await yookassa.createPayment(request, `order-${order.id}`);
 * redirect(payment.confirmation?.confirmation_url);
 */
export class YooKassaClient {
  private readonly baseUrl: string;
  private readonly authorization: string;
  private readonly fetchImpl: typeof fetch;
  private readonly attempts: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly timeoutMs: number;
  private readonly onRetry: YooKassaClientOptions['onRetry'];

  constructor(options: YooKassaClientOptions) {
    // new URL('payments', base) drops the last segment of a base without a trailing slash.
    this.baseUrl = options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`;
    this.authorization = `Basic ${Buffer.from(`${options.shopId}:${options.secretKey}`).toString('base64')}`;
    this.fetchImpl = options.fetch ?? fetch;
    this.attempts = Math.max(1, options.retry?.attempts ?? 4);
    this.baseDelayMs = options.retry?.baseDelayMs ?? 200;
    this.maxDelayMs = options.retry?.maxDelayMs ?? 5_000;
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.onRetry = options.onRetry;
  }

  /** Creates a one-stage payment; send the buyer to `payment.confirmation.confirmation_url`. */
  createPayment(request: CreatePaymentRequest, idempotenceKey: string): Promise<Payment> {
    return this.call<Payment>('POST', 'payments', request, idempotenceKey);
  }

  getPayment(paymentId: string): Promise<Payment> {
    return this.call<Payment>('GET', `payments/${encodeURIComponent(paymentId)}`);
  }

  /** Refunds all or part of a succeeded payment. */
  createRefund(request: CreateRefundRequest, idempotenceKey: string): Promise<Refund> {
    return this.call<Refund>('POST', 'refunds', request, idempotenceKey);
  }

  getRefund(refundId: string): Promise<Refund> {
    return this.call<Refund>('GET', `refunds/${encodeURIComponent(refundId)}`);
  }

  private async call<T>(method: 'GET' | 'POST', path: string, body?: unknown, idempotenceKey?: string): Promise<T> {
    if (method === 'POST' && (!idempotenceKey || idempotenceKey.length > IDEMPOTENCE_KEY_MAX_LENGTH)) {
      throw new TypeError(`an idempotence key of 1..${IDEMPOTENCE_KEY_MAX_LENGTH} characters is required`);
    }
    const headers: Record<string, string> = { authorization: this.authorization, accept: 'application/json' };
    if (method === 'POST') {
      headers['content-type'] = 'application/json';
      headers['idempotence-key'] = idempotenceKey ?? '';
    }
    const init = { method, headers, body: body === undefined ? undefined : JSON.stringify(body) };
    const url = new URL(path, this.baseUrl).toString();
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.attempt<T>(url, init);
      } catch (error) {
        if (!(error instanceof YooKassaError) || !error.retryable || attempt >= this.attempts) throw error;
        const delayMs = this.delayBefore(attempt);
        this.onRetry?.({ method, path, attempt, delayMs, error });
        await new Promise((resolve) => setTimeout(resolve, delayMs));
      }
    }
  }

  private async attempt<T>(url: string, init: RequestInit): Promise<T> {
    let response: Response;
    let text: string;
    try {
      // The signal also bounds reading the body, not just the headers.
      response = await this.fetchImpl(url, { ...init, signal: AbortSignal.timeout(this.timeoutMs) });
      text = await response.text();
    } catch (error) {
      // Read by name, not instanceof: the abort reason is a DOMException, which need not come
      // from this realm's Error (jest's sandbox, for one).
      const { name, message } = (typeof error === 'object' && error !== null ? error : {}) as { name?: unknown; message?: unknown };
      const timedOut = name === 'TimeoutError' || name === 'AbortError';
      throw new YooKassaError({
        status: null,
        code: timedOut ? 'timeout' : 'network_error',
        description: typeof message === 'string' ? message : String(error),
        retryable: true,
        cause: error,
      });
    }
    if (response.ok) {
      try {
        return JSON.parse(text) as T;
      } catch (error) {
        throw new YooKassaError({ status: response.status, code: 'unexpected_response', description: 'response is not JSON', retryable: false, cause: error });
      }
    }
    throw errorFromResponse(response.status, text);
  }

  /** Doubling delays with equal jitter, so processes that failed together do not retry together. */
  private delayBefore(attempt: number): number {
    const ceiling = Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** (attempt - 1));
    return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
  }
}

function errorFromResponse(status: number, text: string): YooKassaError {
  const retryable = status === 429 || status >= 500;
  const body = parseErrorBody(text);
  if (!body) {
    // A proxy's HTML page, say: keep the status, say we could not read it.
    return new YooKassaError({ status, code: 'unexpected_response', description: text.slice(0, 200) || undefined, retryable });
  }
  return new YooKassaError({
    status,
    code: body.code,
    description: body.description,
    parameter: body.parameter,
    requestId: body.id,
    retryable,
  });
}

function parseErrorBody(text: string): ApiErrorBody | null {
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === 'object' && parsed !== null && 'code' in parsed && typeof parsed.code === 'string') {
      return parsed as ApiErrorBody;
    }
  } catch {
    // not JSON
  }
  return null;
}
