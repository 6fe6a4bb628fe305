import { z } from 'zod';
import type { JobHandler } from '../../platform/jobs/jobs';
import { PASSWORD_RESET_REQUESTED_TOPIC, type AccountEmails } from './account-emails.service';

const ResetRequestedPayload = z.object({ email: z.string().min(3).max(254) });

/**
 * Consumers of the account flows' own outbox rows. The reset link is issued inside the
 * transaction `handleOnce` opened: the token, the outbox row that mails it and the
 * processed-message mark commit together, so a redelivery mails no second link.
 */
export function customerJobHandlers(emails: AccountEmails): Map<string, JobHandler> {
  return new Map<string, JobHandler>([
    [PASSWORD_RESET_REQUESTED_TOPIC, async (job, tx) => emails.sendResetLink(tx, ResetRequestedPayload.parse(job.payload).email)],
  ]);
}
