import { createHmac, createPrivateKey, createPublicKey, sign, verify, type JsonWebKey, type KeyObject } from 'node:crypto';

/** What a ticket's QR code carries, signed. */
export interface TicketClaims {
  /** Ticket id. */
  t: string;
  /** Sailing id. */
  e: string;
  /** Seat code, or null for general admission. */
  s: string | null;
  /** The ticket's printed code. */
  c: string;
}

const PREFIX = 'PT1';
// PKCS#8 header of an Ed25519 private key; the 32-byte seed follows.
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/**
 * Signs ticket QR payloads with Ed25519, so a boarding scanner holding only the public key
 * can tell a real ticket offline. The key is derived from the app secret: every API process
 * signs alike and nothing extra needs storing.
 *
 * @example
 * const qr = signer.sign({ t: ticket.id, e: eventId, s: 'D1-R3-S12', c: ticket.code }); // "PT1.<claims>.<signature>"
 */
export class TicketSigner {
  private readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;

  constructor(secret: string) {
    const seed = createHmac('sha256', secret).update('prichal ticket signing key').digest();
    this.privateKey = createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
    this.publicKey = createPublicKey(this.privateKey);
  }

  sign(claims: TicketClaims): string {
    const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
    const signature = sign(null, Buffer.from(`${PREFIX}.${body}`), this.privateKey).toString('base64url');
    return `${PREFIX}.${body}.${signature}`;
  }

  /** The claims of a genuine payload, or null for anything forged, altered or malformed. */
  verify(payload: string): TicketClaims | null {
    const [prefix, body, signature] = payload.split('.');
    if (prefix !== PREFIX || !body || !signature) return null;
    try {
      if (!verify(null, Buffer.from(`${PREFIX}.${body}`), this.publicKey, Buffer.from(signature, 'base64url'))) return null;
      const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as TicketClaims;
      return typeof claims.t === 'string' && typeof claims.e === 'string' && typeof claims.c === 'string' ? claims : null;
    } catch {
      return null;
    }
  }

  /** The public key as a JWK, for scanners that verify offline. */
  publicJwk(): JsonWebKey {
    return this.publicKey.export({ format: 'jwk' });
  }
}
