import type { Lang } from '../../../platform/http/locale';
import type { Messenger, NotificationType } from '../notification-types';

/** One message for a messenger, in the forms the providers take. */
export interface MessengerMessage {
  type: NotificationType;
  locale: Lang;
  /** Plain text, for MAX and Telegram (each adapter escapes it for the provider's markup). */
  text: string;
  /** The values of the WhatsApp template's {{1}}, {{2}}…, in order. */
  templateParameters: string[];
  /** Our record of the message, for the file stand-in's name. */
  recordId: string;
}

/** A messenger's adapter: the provider's HTTP API, or files when it is not configured. */
export interface MessengerAdapter {
  readonly channel: Messenger;
  readonly kind: 'api' | 'files';
  /** Resolves once the provider accepted the message; throws MessengerError when it did not. */
  send(handle: string, message: MessengerMessage): Promise<{ providerMessageId: string }>;
}

/** The provider refused or could not be reached; the message falls back to email. */
export class MessengerError extends Error {
  override readonly name = 'MessengerError';

  constructor(
    readonly channel: Messenger,
    message: string,
    readonly details: { status?: number; code?: string | number } = {},
  ) {
    super(`${channel}: ${message}`);
  }
}

/** Messages are short; providers cut off at about 4,000 characters. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * POSTs JSON with a bounded wait and reads the JSON answer (null when the body is not JSON).
 * A network failure or time-out becomes a MessengerError.
 */
export async function postJson(
  channel: Messenger,
  url: string,
  headers: Record<string, string>,
  body: unknown,
  timeoutMs = 15_000,
): Promise<{ status: number; body: unknown }> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw new MessengerError(channel, `not reachable (${(error as Error).message})`);
  }
  const text = await response.text();
  try {
    return { status: response.status, body: JSON.parse(text) as unknown };
  } catch {
    return { status: response.status, body: null };
  }
}
