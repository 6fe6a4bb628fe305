import type { Queryable } from '../../platform/db/sql-client';

/**
 * Where the orders console meets the documents and notifications modules, which live on their
 * own branches. Until they are connected (services.ts, `WIRING(docs)` / `WIRING(notify)`),
 * the outbox stand-ins below queue the work as outbox rows — the same rows those modules'
 * consumers take — and the order page shows `documents: null`, `notifications: null`.
 */

export interface OrderDocument {
  id: string;
  kind: string;
  number: string | null;
  createdAt: string;
  url: string | null;
}

export interface SentNotification {
  id: string;
  kind: string;
  channel: string;
  status: string;
  at: string;
}

/** WIRING(docs): DocumentsService (list, regenerate) implements this at merge. */
export interface OrderDocumentsPort {
  /** The order's invoice, act and refund documents; null when no documents module is connected. */
  list(orderId: string): Promise<OrderDocument[] | null>;
  /** Issues the order's documents again, in the caller's transaction (with its audit row). */
  regenerate(tx: Queryable, orderId: string): Promise<void>;
}

export type ResendKind = 'confirmation' | 'tickets' | 'documents' | 'payment_link';

/** WIRING(notify): the notifications module (sent messages, resend) implements this at merge. */
export interface OrderNotificationsPort {
  /** Messages sent about the order; null when no notifications module is connected. */
  sent(orderId: string): Promise<SentNotification[] | null>;
  /** Sends a message about the order again, queued in the caller's transaction. */
  resend(tx: Queryable, orderId: string, what: ResendKind): Promise<void>;
}

export const outboxDocuments: OrderDocumentsPort = {
  list: () => Promise.resolve(null),
  async regenerate(tx, orderId) {
    await tx.query("INSERT INTO outbox (topic, payload) VALUES ('documents.regenerate', $1)", [{ orderId }]);
  },
};

export const outboxNotifications: OrderNotificationsPort = {
  sent: () => Promise.resolve(null),
  async resend(tx, orderId, what) {
    await tx.query("INSERT INTO outbox (topic, payload) VALUES ('notification.resend', $1)", [{ orderId, what }]);
  },
};
