import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Order access tokens: an HMAC of the order id under the app secret. Nothing is stored, a
 * repeated checkout can hand out the same token again, and a token opens only its own order.
 */
export class OrderTokens {
  constructor(private readonly secret: string) {}

  issue(orderId: string): string {
    return createHmac('sha256', this.secret).update(`order:${orderId}`).digest('base64url');
  }

  verify(orderId: string, token: string): boolean {
    const expected = Buffer.from(this.issue(orderId));
    const given = Buffer.from(token);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}
