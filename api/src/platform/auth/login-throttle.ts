import { AppError } from '../errors/app-error';
import type { RateLimiter } from './rate-limiter';

export interface LoginThrottleLimits {
  /** Failed logins per account per window before the account is paused. */
  perAccount: number;
  /** Login attempts per client IP per window, whatever the account. */
  perIp: number;
  windowSeconds: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginThrottleLimits = { perAccount: 5, perIp: 30, windowSeconds: 15 * 60 };

/**
 * Slows password guessing two ways: failures against one account (a targeted guess) and
 * attempts from one IP (spraying many accounts). A success clears the account's failures.
 */
export class LoginThrottle {
  constructor(
    private readonly limiter: RateLimiter,
    private readonly scope: 'customer' | 'staff',
    private readonly limits: LoginThrottleLimits = DEFAULT_LOGIN_LIMITS,
  ) {}

  /** Call before checking the password; throws 429 `too_many_login_attempts` when over either limit. */
  async admit(login: string, ip: string | null): Promise<void> {
    const account = await this.limiter.peek(this.accountKey(login), this.limits.perAccount);
    if (!account.allowed) throw tooMany(account.retryAfterSeconds);
    if (ip) {
      const fromIp = await this.limiter.hit(this.ipKey(ip), this.limits.perIp, this.limits.windowSeconds);
      if (!fromIp.allowed) throw tooMany(fromIp.retryAfterSeconds);
    }
  }

  async failed(login: string): Promise<void> {
    await this.limiter.hit(this.accountKey(login), this.limits.perAccount, this.limits.windowSeconds);
  }

  async succeeded(login: string): Promise<void> {
    await this.limiter.reset(this.accountKey(login));
  }

  private accountKey(login: string): string {
    return `login:${this.scope}:account:${login.trim().toLowerCase()}`;
  }

  private ipKey(ip: string): string {
    return `login:${this.scope}:ip:${ip}`;
  }
}

function tooMany(retryAfterSeconds: number): AppError {
  return new AppError('too_many_login_attempts', 429, {
    detail: `Too many login attempts; try again in ${retryAfterSeconds} s`,
    params: { retryAfterSeconds },
  });
}
