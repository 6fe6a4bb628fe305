import type { JobHandler } from '../../platform/jobs/jobs';
import { consumeInTransaction } from '../../platform/outbox/consumers';
import type { AccountEmails } from './account-emails.service';
import { PASSWORD_RESET_REQUESTED } from './customers.events';

/**
 * Consumers of the account flows' own outbox rows. The reset link is issued inside the
 * transaction `handleOnce` opened: the token, the outbox row that mails it and the
 * processed-message mark commit together, so a redelivery mails no second link.
 */
export function customerJobHandlers(emails: AccountEmails): Map<string, JobHandler> {
  return new Map<string, JobHandler>([consumeInTransaction(PASSWORD_RESET_REQUESTED, ({ email }, tx) => emails.sendResetLink(tx, email))]);
}
