import type { Logger } from '../../platform/logger';
import type { Mailer } from './mailer';
import type { MessengerAdapter } from './messengers/messenger-port';
import type { NotificationLog } from './notification-log';
import type { MailAttachment } from './notification-ports';
import { DELIVERY_POLICY, type Messenger } from './notification-types';
import type { RenderedMessage } from './message-renderer';

/** Who gets a message, and what it came from. */
export interface Envelope {
  /** The outbox message: with the channel, the key that makes a redelivery send nothing twice. */
  sourceMessageId: string;
  email: string;
  messenger: { channel: Messenger; handle: string } | null;
  orderId?: string | undefined;
  customerId?: string | undefined;
  /** The documents an email carries, fetched only when an email is about to go. */
  attachments?: (() => Promise<MailAttachment[]>) | undefined;
}

/** Another worker holds this message's record (it may be sending right now); try again later. */
export class DeliveryInProgress extends Error {
  override readonly name = 'DeliveryInProgress';
}

/**
 * Sends a rendered message through the channels its type calls for (see DELIVERY_POLICY),
 * recording each channel's attempt before it is made and its outcome after. A channel already
 * sent for this outbox message is skipped, so a retried or redelivered job only finishes what
 * is left. Throws when the message has not reached the customer, so the job is retried.
 */
export class NotificationDelivery {
  constructor(
    private readonly log: NotificationLog,
    private readonly mailer: Mailer,
    private readonly messengers: Record<Messenger, MessengerAdapter>,
    private readonly messageIdDomain: string,
    private readonly logger: Logger,
  ) {}

  async deliver(message: RenderedMessage, envelope: Envelope): Promise<void> {
    const policy = DELIVERY_POLICY[message.type];
    if (policy === 'email_only' || !envelope.messenger) {
      await this.viaEmail(message, envelope);
      return;
    }
    if (policy === 'email_and_messenger') {
      // Documents need email; the messenger is a courtesy whose failure is recorded, not retried.
      const emailed = await this.viaEmail(message, envelope).then(() => null, (error: unknown) => error);
      await this.viaMessenger(message, envelope, envelope.messenger);
      if (emailed) throw emailed;
      return;
    }
    if (await this.viaMessenger(message, envelope, envelope.messenger)) return;
    await this.viaEmail(message, envelope, envelope.messenger.channel);
  }

  private async viaEmail(message: RenderedMessage, envelope: Envelope, fallbackFrom?: Messenger): Promise<void> {
    const claim = await this.log.claim({
      type: message.type, channel: 'email', recipient: envelope.email, locale: message.locale, orderId: envelope.orderId,
      customerId: envelope.customerId, sourceMessageId: envelope.sourceMessageId, fallbackFrom, subject: message.email.subject,
    });
    if (claim.state === 'sent') return;
    if (claim.state === 'busy') throw new DeliveryInProgress(`email for ${envelope.sourceMessageId} is being sent by another worker`);
    try {
      const attachments = envelope.attachments ? await envelope.attachments() : [];
      const { providerMessageId } = await this.mailer.send({
        to: envelope.email,
        subject: message.email.subject,
        text: message.email.text,
        html: message.email.html,
        attachments,
        messageId: `<${claim.id}@${this.messageIdDomain}>`,
        locale: message.locale,
      });
      await this.log.sent(claim.id, providerMessageId);
    } catch (error) {
      await this.log.failed(claim.id, describe(error));
      throw error;
    }
  }

  /** @returns whether the messenger has the message (now or from an earlier attempt) */
  private async viaMessenger(message: RenderedMessage, envelope: Envelope, target: { channel: Messenger; handle: string }): Promise<boolean> {
    const claim = await this.log.claim({
      type: message.type, channel: target.channel, recipient: target.handle, locale: message.locale, orderId: envelope.orderId,
      customerId: envelope.customerId, sourceMessageId: envelope.sourceMessageId,
    });
    if (claim.state === 'sent') return true;
    if (claim.state === 'busy') throw new DeliveryInProgress(`${target.channel} message for ${envelope.sourceMessageId} is being sent by another worker`);
    try {
      const { providerMessageId } = await this.messengers[target.channel].send(target.handle, {
        type: message.type,
        locale: message.locale,
        text: message.messenger.text,
        templateParameters: message.messenger.templateParameters,
        recordId: claim.id,
      });
      await this.log.sent(claim.id, providerMessageId);
      return true;
    } catch (error) {
      this.logger.warn({ err: error, channel: target.channel, sourceMessageId: envelope.sourceMessageId }, 'messenger failed; email takes over');
      await this.log.failed(claim.id, describe(error));
      return false;
    }
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
