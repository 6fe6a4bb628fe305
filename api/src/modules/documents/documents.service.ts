import type { DataSource } from 'typeorm';
import type { Logger } from '../../platform/logger';
import type { Queryable } from '../../platform/db/sql-client';
import { toMoscowIso } from '../../platform/time';
import { refundDeadline } from '../refunds/refund-policy';
import type { TicketsService } from '../tickets/tickets.service';
import { readOrderForDocuments, readRefundForDocuments, readTicket, refundCoverage, succeededRefundIds, type OrderDocumentData } from './document-data';
import { takeDocumentNumber, type DocumentKind } from './document-numbers';
import { documentFilename, documentStore, type StoredDocument } from './document-store';
import { DocumentErrors } from './documents.errors';
import { financialDocumentDefinition } from './pdf/financial-document.pdf';
import { renderPdf } from './pdf/pdf-render-pool';
import { ticketDefinition } from './pdf/ticket.pdf';
import { moscowYear } from './pdf/ticket-labels';
import type { RequisitesService } from './requisites.service';
import type { AttachmentPurpose } from '../notifications/notification-ports';

/** A file to download or attach to an email. */
export interface PdfFile {
  filename: string;
  contentType: 'application/pdf';
  content: Buffer;
}

export type DocumentSummary = StoredDocument & {
  filename: string;
  /** The PDF for its buyer, who adds the order access token (`?token=` or a Bearer header). */
  downloadUrl: string;
};

/** A document as the buyer's and the CRM's lists show it, issued in UTC and in Moscow time. */
export function documentListing(d: DocumentSummary) {
  return {
    id: d.id,
    kind: d.kind,
    number: d.number,
    issuedAt: d.issuedAt.toISOString(),
    issuedAtLocal: toMoscowIso(d.issuedAt),
    status: d.status,
    filename: d.filename,
  };
}

const PAID_STATUSES = new Set(['PAID', 'PARTIALLY_REFUNDED', 'REFUNDED']);

/**
 * Invoices, acts and refund acts — numbered without gaps, rendered once and stored — and
 * e-tickets rendered on request. Issuing is idempotent: one document of each kind per order
 * (per refund for refund acts), found again by a second call, a redelivered job or the
 * confirmation email asking for its attachments.
 *
 * @example
 * await documents.issueForPaidOrder(orderId);          // invoice + act, once
 * const files = await documents.attachmentsFor(orderId, 'order_confirmation');
 */
export class DocumentsService {
  constructor(
    private readonly db: DataSource,
    private readonly requisites: RequisitesService,
    private readonly tickets: TicketsService,
    private readonly clock: () => Date,
    private readonly logger: Logger,
    /** Where links point, e.g. "https://prichal.example/api/v1". */
    private readonly apiBaseUrl: string,
  ) {}

  /** The invoice and act of a paid order, issued now unless they exist. */
  async issueForPaidOrder(orderId: string, tx?: Queryable): Promise<DocumentSummary[]> {
    return this.inTransaction(tx, async (q) => {
      await this.lockOrder(q, orderId);
      await this.issuePaidDocuments(q, await this.paidOrder(q, orderId));
      return (await documentStore.listForOrder(q, orderId)).filter((d) => d.kind !== 'refund_act').map((d) => this.summary(d));
    });
  }

  /**
   * The refund act of a succeeded refund, listing exactly its tickets and amount; the order's
   * invoice and act are issued first if they were not yet, and their status follows the refund.
   */
  async issueForRefund(orderId: string, refundId: string, tx?: Queryable): Promise<DocumentSummary> {
    return this.inTransaction(tx, async (q) => {
      await this.lockOrder(q, orderId);
      const order = await this.paidOrder(q, orderId);
      const issued = await this.issuePaidDocuments(q, order);
      await documentStore.setOrderStatus(q, orderId, await refundCoverage(q, orderId));
      const existing = issued.find((d) => d.kind === 'refund_act' && d.refundId === refundId);
      if (existing) return this.summary(existing);

      const refund = await readRefundForDocuments(q, orderId, refundId);
      if (!refund) throw DocumentErrors.refundNotFound(refundId);
      if (refund.status !== 'succeeded') throw DocumentErrors.refundNotCompleted(refundId, refund.status);
      const lines = order.lines.filter((l) => refund.orderLineIds.includes(l.orderLineId));
      const total = lines.reduce((sum, l) => sum + l.totalKopecks, 0);
      // A refund is the full price of its tickets; anything else is a bug to look at, not to print.
      if (total !== refund.amountKopecks) throw new Error(`refund ${refundId} of ${refund.amountKopecks} does not match its tickets (${total})`);
      const act = issued.find((d) => d.kind === 'act') ?? null;
      const doc = await this.issue(q, order, 'refund_act', refundId, async (number, issuedAt) =>
        financialDocumentDefinition({
          kind: 'refund_act', number, issuedAt, requisites: await this.requisites.get(q), order, lines,
          refund: { completedAt: refund.completedAt, act: act && { number: act.number, issuedAt: act.issuedAt } },
        }),
      );
      return this.summary(doc);
    });
  }

  async list(orderId: string): Promise<DocumentSummary[]> {
    return (await documentStore.listForOrder(this.db, orderId)).map((d) => this.summary(d));
  }

  /**
   * A stored document's PDF with the order it belongs to; given `orderId`, a document of
   * another order is not found.
   */
  async pdf(documentId: string, orderId?: string): Promise<PdfFile & { orderId: string }> {
    const doc = await documentStore.find(this.db, documentId);
    const content = doc && (!orderId || doc.orderId === orderId) && (await documentStore.pdf(this.db, documentId));
    if (!doc || !content) throw DocumentErrors.notFound(documentId);
    return { orderId: doc.orderId, filename: documentFilename(doc), contentType: 'application/pdf', content };
  }

  /**
   * An e-ticket in the buyer's language; a refunded ticket comes out marked void, without a QR
   * code. Given `orderId`, a ticket of another order is not found (and not rendered).
   */
  async ticketPdf(ticketId: string, orderId?: string): Promise<PdfFile & { orderId: string }> {
    const found = await readTicket(this.db, ticketId);
    const ticket = found && (!orderId || found.orderId === orderId) ? found : null;
    const order = ticket && (await readOrderForDocuments(this.db, ticket.orderId));
    const line = order?.lines.find((l) => l.orderLineId === ticket?.orderLineId);
    const signed = ticket && (await this.tickets.forOrder(ticket.orderId)).find((t) => t.id === ticketId);
    if (!ticket || !order || !line || !signed) throw DocumentErrors.ticketNotFound(ticketId);
    const content = await renderPdf(
      ticketDefinition({
        lang: order.locale, order, line, code: ticket.code, status: ticket.status, qrPayload: signed.qrPayload,
        refundableUntil: refundDeadline(order.sailing.startsAt),
      }),
    );
    return { orderId: order.orderId, filename: `ticket-${ticket.code}.pdf`, contentType: 'application/pdf', content };
  }

  /**
   * Renders a stored document again — same number, same date, current requisites — for staff
   * who corrected the requisites or the layout.
   */
  async regenerate(documentId: string): Promise<DocumentSummary> {
    return this.db.transaction(async (tx) => {
      const doc = await documentStore.find(tx, documentId, true);
      if (!doc) throw DocumentErrors.notFound(documentId);
      await this.rerender(tx, doc);
      return this.summary((await documentStore.find(tx, documentId)) ?? doc);
    });
  }

  /**
   * Brings a paid order's documents up to date (the CRM's "regenerate documents", run as a job):
   * issues whatever is missing — the invoice, the act, the act of a succeeded refund — and
   * renders every document issued before again with the current requisites, keeping its number
   * and date. In the caller's transaction when given one.
   */
  async regenerateForOrder(orderId: string, tx?: Queryable): Promise<DocumentSummary[]> {
    return this.inTransaction(tx, async (q) => {
      await this.lockOrder(q, orderId);
      const order = await this.paidOrder(q, orderId);
      const earlier = await documentStore.listForOrder(q, orderId);
      await this.issuePaidDocuments(q, order);
      for (const refundId of await succeededRefundIds(q, orderId)) await this.issueForRefund(orderId, refundId, q);
      await documentStore.setOrderStatus(q, orderId, await refundCoverage(q, orderId));
      for (const doc of earlier) await this.rerender(q, doc);
      return (await documentStore.listForOrder(q, orderId)).map((d) => this.summary(d));
    });
  }

  private async rerender(q: Queryable, doc: StoredDocument): Promise<void> {
    const order = await readOrderForDocuments(q, doc.orderId);
    if (!order) throw DocumentErrors.notFound(doc.id);
    let lines = order.lines;
    let refund: Parameters<typeof financialDocumentDefinition>[0]['refund'];
    if (doc.kind === 'refund_act' && doc.refundId) {
      const data = await readRefundForDocuments(q, doc.orderId, doc.refundId);
      lines = order.lines.filter((l) => data?.orderLineIds.includes(l.orderLineId));
      const act = (await documentStore.listForOrder(q, doc.orderId)).find((d) => d.kind === 'act');
      refund = { completedAt: data?.completedAt ?? doc.issuedAt, act: act ? { number: act.number, issuedAt: act.issuedAt } : null };
    }
    const pdf = await renderPdf(
      financialDocumentDefinition({
        kind: doc.kind, number: doc.number, issuedAt: doc.issuedAt, requisites: await this.requisites.get(q), order, lines, refund,
      }),
    );
    await documentStore.replacePdf(q, doc.id, pdf);
    this.logger.info({ documentId: doc.id, number: doc.number }, 'document re-rendered');
  }

  /**
   * The PDFs a message carries (see AttachmentPurpose): invoice, act and every valid e-ticket
   * for an order confirmation; the refund act for a refund confirmation; the valid e-tickets
   * alone; or invoice, act and every refund act. Documents not issued yet (their job has not
   * run) are issued now, idempotently.
   */
  async attachmentsFor(orderId: string, purpose: AttachmentPurpose, refundId?: string): Promise<PdfFile[]> {
    const files: PdfFile[] = [];
    const add = async (file: Promise<PdfFile & { orderId: string }>) => {
      const { orderId: _owner, ...pdf } = await file;
      files.push(pdf);
    };
    if (purpose === 'refund_confirmation') {
      if (!refundId) throw new Error('a refund confirmation names its refund');
      await add(this.pdf((await this.issueForRefund(orderId, refundId)).id));
      return files;
    }
    if (purpose !== 'order_tickets') {
      const documents = await this.issueForPaidOrder(orderId);
      const refundActs = purpose === 'order_documents' ? (await this.list(orderId)).filter((d) => d.kind === 'refund_act') : [];
      for (const doc of [...documents, ...refundActs]) await add(this.pdf(doc.id));
    }
    if (purpose !== 'order_documents') {
      for (const ticket of (await this.tickets.forOrder(orderId)).filter((t) => t.status === 'valid')) await add(this.ticketPdf(ticket.id));
    }
    return files;
  }

  private summary(doc: StoredDocument): DocumentSummary {
    return { ...doc, filename: documentFilename(doc), downloadUrl: `${this.apiBaseUrl}/orders/${doc.orderId}/documents/${doc.id}` };
  }

  private inTransaction<T>(tx: Queryable | undefined, work: (q: Queryable) => Promise<T>): Promise<T> {
    return tx ? work(tx) : this.db.transaction((own) => work(own));
  }

  /** Issuers of one order's documents queue behind each other, so each kind is issued once. */
  private async lockOrder(q: Queryable, orderId: string): Promise<void> {
    await q.query("SELECT pg_advisory_xact_lock(hashtextextended('prichal.documents:' || $1, 0))", [orderId]);
  }

  private async paidOrder(q: Queryable, orderId: string): Promise<OrderDocumentData> {
    const order = await readOrderForDocuments(q, orderId);
    if (!order) throw DocumentErrors.orderNotPaid(orderId, 'unknown');
    if (!PAID_STATUSES.has(order.status)) throw DocumentErrors.orderNotPaid(orderId, order.status);
    return order;
  }

  /** Issues whichever of the invoice and act is missing; returns all the order's documents. */
  private async issuePaidDocuments(q: Queryable, order: OrderDocumentData): Promise<StoredDocument[]> {
    const existing = await documentStore.listForOrder(q, order.orderId);
    for (const kind of ['invoice', 'act'] as const) {
      if (existing.some((d) => d.kind === kind)) continue;
      const requisites = await this.requisites.get(q);
      existing.push(
        await this.issue(q, order, kind, null, async (number, issuedAt) =>
          financialDocumentDefinition({ kind, number, issuedAt, requisites, order, lines: order.lines }),
        ),
      );
    }
    return existing;
  }

  /**
   * Takes the next number, renders, stores — in the caller's transaction. The number's counter
   * row stays locked until commit (that is what keeps numbers gap-free), so the render, a few
   * tens of milliseconds, is the only work done while holding it.
   */
  private async issue(
    q: Queryable,
    order: OrderDocumentData,
    kind: DocumentKind,
    refundId: string | null,
    definition: (number: string, issuedAt: Date) => Promise<Parameters<typeof renderPdf>[0]>,
  ): Promise<StoredDocument> {
    const issuedAt = this.clock();
    const year = moscowYear(issuedAt);
    const { sequence, number } = await takeDocumentNumber(q, kind, year);
    const pdf = await renderPdf(await definition(number, issuedAt));
    const status = kind === 'refund_act' ? 'issued' : await refundCoverage(q, order.orderId);
    const doc = { orderId: order.orderId, refundId, kind, year, sequence, number, issuedAt, status, language: 'ru' as const };
    const stored = await documentStore.insert(q, { ...doc, pdf });
    this.logger.info({ orderId: order.orderId, kind, number }, 'document issued');
    return stored;
  }
}

