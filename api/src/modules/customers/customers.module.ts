import type { DataSource } from 'typeorm';
import type { AccessTokens } from '../../platform/auth/access-tokens';
import { LoginThrottle } from '../../platform/auth/login-throttle';
import type { RateLimiter } from '../../platform/auth/rate-limiter';
import { RefreshSessions } from '../../platform/auth/refresh-sessions';
import type { OrderOwnership } from '../orders/order-ownership';
import { AccountEmails } from './account-emails.service';
import { CustomerAccounts } from './customer-accounts.service';
import { CustomerSessions } from './customer-sessions.service';
import { EmailChanges } from './email-change.service';
import { EmailTokens } from './email-tokens';
import { CustomerRecipientPreferences } from './recipient-preferences';

export interface CustomersModule {
  accounts: CustomerAccounts;
  sessions: CustomerSessions;
  emails: AccountEmails;
  /** Moving an account to another email address. */
  emailChanges: EmailChanges;
  /** How each confirmed account wants its notifications. */
  recipients: CustomerRecipientPreferences;
}

export function createCustomersModule(deps: {
  db: DataSource;
  auth: { tokens: AccessTokens; limiter: RateLimiter; refreshTtlSeconds: number };
  orders: OrderOwnership;
  publicBaseUrl: string;
  clock?: (() => Date) | undefined;
  registrationsPerIpPerHour: number;
}): CustomersModule {
  const clock = deps.clock ?? (() => new Date());
  const throttle = new LoginThrottle(deps.auth.limiter, 'customer');
  const refreshSessions = new RefreshSessions(deps.db, 'customer', deps.auth.refreshTtlSeconds);
  const emailTokens = new EmailTokens(deps.publicBaseUrl);
  const sessions = new CustomerSessions(deps.db, deps.auth.tokens, refreshSessions, throttle, deps.orders, clock);
  return {
    sessions,
    accounts: new CustomerAccounts(deps.db, sessions, emailTokens, throttle, clock, {
      limiter: deps.auth.limiter, perIpPerHour: deps.registrationsPerIpPerHour,
    }),
    emails: new AccountEmails(deps.db, emailTokens, refreshSessions, deps.orders, deps.auth.limiter, throttle, clock),
    emailChanges: new EmailChanges(deps.db, emailTokens, refreshSessions, deps.orders, deps.auth.limiter, throttle, clock),
    recipients: new CustomerRecipientPreferences(deps.db),
  };
}
