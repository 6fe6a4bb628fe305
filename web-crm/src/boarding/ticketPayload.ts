/** What a ticket's QR code says about itself (PT1.<claims>.<signature>, claims in base64url JSON). */
export interface TicketClaims {
  ticketId: string;
  eventId: string;
  seatCode: string | null;
  /** The code printed under the QR code. */
  code: string;
}

function base64UrlDecode(text: string): string {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(text.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/**
 * The claims of a QR payload, read without checking the signature — only the server can say a
 * ticket is genuine, so show these only beside its answer (e.g. the printed code of a ticket it
 * found already used). Null when the text is not a Prichal ticket payload at all.
 *
 * @example
 * readTicketClaims('PT1.eyJ0Ijoi….sig')?.code // 'K7Q2…'
 */
export function readTicketClaims(payload: string): TicketClaims | null {
  const [prefix, body, signature] = payload.trim().split('.');
  if (prefix !== 'PT1' || !body || !signature) return null;
  try {
    const claims: unknown = JSON.parse(base64UrlDecode(body));
    if (typeof claims !== 'object' || claims === null) return null;
    const { t, e, s, c } = claims as Record<string, unknown>;
    if (typeof t !== 'string' || typeof e !== 'string' || typeof c !== 'string' || (s !== null && typeof s !== 'string')) return null;
    return { ticketId: t, eventId: e, seatCode: s, code: c };
  } catch {
    return null; // not base64url or not JSON
  }
}
