import { z } from 'zod';
import { defineTopic } from '../../platform/outbox/topic';

/**
 * A reset link was asked for `{email}`; the customers module's own job mails it if the address
 * has an account. Queued rather than done at once so the answer's timing tells nobody whether
 * the account exists.
 */
export const PASSWORD_RESET_REQUESTED = defineTopic('customer.password_reset_requested', z.object({ email: z.string().min(3).max(254) }));

export const CUSTOMER_EVENTS = [PASSWORD_RESET_REQUESTED] as const;
