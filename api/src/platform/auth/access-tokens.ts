import { hkdfSync } from 'node:crypto';
import { jwtVerify, SignJWT, errors as joseErrors } from 'jose';

/** Who a token speaks for: customers and staff never accept each other's tokens. */
export type Audience = 'customer' | 'staff';

export interface AccessClaims {
  /** The customer's or staff user's id. */
  sub: string;
  /** The refresh session it came from, so revoking the session can be checked where it matters. */
  sid: string;
  /** Extra claims a module needs (e.g. the staff role), kept small. */
  [claim: string]: unknown;
}

/**
 * Short-lived JWT access tokens (HS256, jose). The signing key is derived from the application
 * secret per audience, so a leaked customer token can never be replayed against the CRM.
 */
export class AccessTokens {
  private readonly keys: Record<Audience, Uint8Array>;

  constructor(
    secret: string,
    private readonly ttlSeconds: number,
    private readonly issuer = 'prichal',
  ) {
    const derive = (audience: Audience) => new Uint8Array(hkdfSync('sha256', secret, 'prichal access tokens', audience, 32));
    this.keys = { customer: derive('customer'), staff: derive('staff') };
  }

  get lifetimeSeconds(): number {
    return this.ttlSeconds;
  }

  issue(audience: Audience, claims: AccessClaims, now = new Date()): Promise<string> {
    const issuedAt = Math.floor(now.getTime() / 1000);
    return new SignJWT({ ...claims })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer(this.issuer)
      .setAudience(audience)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + this.ttlSeconds)
      .sign(this.keys[audience]);
  }

  /** The claims of a valid, unexpired token for `audience`; null for anything else. */
  async verify(audience: Audience, token: string, now = new Date()): Promise<AccessClaims | null> {
    try {
      const { payload } = await jwtVerify(token, this.keys[audience], {
        issuer: this.issuer,
        audience,
        algorithms: ['HS256'],
        currentDate: now,
      });
      if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string') return null;
      return payload as AccessClaims;
    } catch (error) {
      if (error instanceof joseErrors.JOSEError) return null;
      throw error;
    }
  }
}
