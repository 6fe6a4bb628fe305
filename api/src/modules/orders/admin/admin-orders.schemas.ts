import { z } from '@hono/zod-openapi';
import { LangSchema } from '../../../platform/http/locale';
import { periodBound } from '../../../platform/http/period-filter';
import { ORDER_STATUSES } from '../order-status';
import { CustomerInput, OrderLineSchema } from '../orders.schemas';
import { AuditRecordSchema } from '../../audit/audit.schemas';

const Kopecks = z.number().int().nonnegative();
const Timestamp = z.string().openapi({ format: 'date-time' });
export const OrderStatusSchema = z.enum(ORDER_STATUSES).openapi('OrderStatus');

export const ORDER_SORTS = ['-createdAt', 'createdAt', '-total', 'total'] as const;

export const AdminOrderListQuery = z.object({
  status: z
    .string()
    .transform((value) => value.split(',').map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(OrderStatusSchema).min(1).max(ORDER_STATUSES.length))
    .optional()
    .openapi({ param: { name: 'status', in: 'query' }, type: 'string', description: 'One status, or several separated by commas', example: 'PAID,PARTIALLY_REFUNDED' }),
  eventId: z.uuid({ message: 'must be a sailing id' }).optional().openapi({ param: { name: 'eventId', in: 'query' } }),
  email: z.email({ message: 'must be an e-mail address' }).optional().openapi({ param: { name: 'email', in: 'query' }, description: 'Exact, any case' }),
  phone: z.string().trim().min(5, { message: 'must be a phone number' }).max(32).optional()
    .openapi({ param: { name: 'phone', in: 'query' }, description: 'Any usual form (8 921 …, +7 921 …)' }),
  dateFrom: periodBound('dateFrom', 'Orders placed at or after this instant (a bare date is that Moscow day)'),
  dateTo: periodBound('dateTo', 'Orders placed before this instant (a bare date includes that Moscow day)'),
  q: z.string().trim().min(1, { message: 'must not be empty' }).max(100).optional().openapi({
    param: { name: 'q', in: 'query' },
    description: 'Customer lookup: order number (P-000123 or 123), phone, e-mail or part of it, or words of the name',
  }),
  sort: z.enum(ORDER_SORTS).default('-createdAt').openapi({ param: { name: 'sort', in: 'query' }, description: 'A leading `-` sorts descending' }),
  cursor: z.string().max(200).optional().openapi({ param: { name: 'cursor', in: 'query' } }),
  limit: z.coerce.number().int().min(1).max(100).default(25).openapi({ param: { name: 'limit', in: 'query' } }),
  lang: LangSchema.optional().openapi({ param: { name: 'lang', in: 'query' } }),
});

const EventRef = z.object({ id: z.uuid(), title: z.string(), startsAt: Timestamp, startsAtLocal: z.string() });
const Customer = z.object({ fullName: z.string(), email: z.string(), phone: z.string() });

export const AdminOrderSummarySchema = z
  .object({
    id: z.uuid(),
    number: z.string(),
    status: OrderStatusSchema,
    createdAt: Timestamp,
    createdAtLocal: z.string(),
    event: EventRef,
    customer: Customer,
    ticketCount: z.number().int(),
    totalKopecks: Kopecks,
    paymentStatus: z.string().nullable(),
    needsReview: z.boolean().openapi({ description: 'Something about the payment needs a person (see the order page)' }),
  })
  .openapi('AdminOrderSummary');

export const AdminOrderListSchema = z
  .object({
    items: z.array(AdminOrderSummarySchema),
    nextCursor: z.string().nullable().openapi({ description: 'Pass as `cursor` (with the same filters and sort) for the next page' }),
  })
  .openapi('AdminOrderList');

const DocumentSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(['invoice', 'act', 'refund_act']),
    number: z.string().openapi({ example: 'СЧ-2026-000001' }),
    issuedAt: Timestamp,
    issuedAtLocal: z.string(),
    status: z.enum(['issued', 'partially_refunded', 'refunded']).openapi({ description: 'Invoices and acts follow the order’s refunds' }),
    filename: z.string(),
    url: z.string().openapi({ description: 'The PDF for staff (`documents:read`): GET /admin/orders/{orderId}/documents/{documentId}' }),
  })
  .openapi('AdminOrderDocument');
const NotificationSchema = z
  .object({
    id: z.uuid(),
    kind: z.string().openapi({ description: 'The message type: order_confirmation, order_tickets, payment_link, sailing_cancelled, …' }),
    channel: z.enum(['email', 'max', 'telegram', 'whatsapp']),
    recipient: z.string().openapi({ description: 'The e-mail address, or the messenger user, chat or phone' }),
    status: z.enum(['queued', 'sent', 'failed']),
    attempts: z.number().int(),
    error: z.string().nullable().openapi({ description: 'Why the last attempt failed' }),
    at: Timestamp.openapi({ description: 'When it was sent, or first tried' }),
  })
  .openapi('AdminOrderNotification');

export const AdminOrderSchema = z
  .object({
    id: z.uuid(),
    number: z.string(),
    status: OrderStatusSchema,
    reviewReason: z.string().nullable(),
    createdAt: Timestamp,
    createdAtLocal: z.string(),
    locale: LangSchema,
    channel: z.string().nullable().openapi({ description: 'utm source; `crm` for orders made by staff' }),
    customer: Customer,
    event: EventRef.extend({
      endsAt: Timestamp,
      status: z.enum(['scheduled', 'cancelled']),
      vessel: z.object({ id: z.uuid(), name: z.string() }),
      route: z.object({ id: z.uuid(), name: z.string() }),
    }),
    lines: z.array(OrderLineSchema),
    seats: z.array(z.object({ seatCode: z.string(), ticketStatus: z.enum(['valid', 'void']).nullable() })),
    tickets: z.array(z.object({
      id: z.uuid(), code: z.string(), seatCode: z.string().nullable(), status: z.enum(['valid', 'void']), boardedAt: Timestamp.nullable(),
    })),
    subtotalKopecks: Kopecks,
    discountKopecks: Kopecks,
    vatKopecks: Kopecks,
    totalKopecks: Kopecks,
    promoCode: z.string().nullable(),
    payment: z.object({
      id: z.string().nullable(),
      status: z.string().nullable(),
      confirmationUrl: z.string().nullable().openapi({ description: 'The payment page the customer was sent' }),
      windowEndsAt: Timestamp,
      feeKopecks: z.number().int().nullable(),
    }),
    refunds: z.array(z.object({
      id: z.uuid(), status: z.enum(['pending', 'succeeded', 'canceled']), amountKopecks: Kopecks, reason: z.string(), tickets: z.array(z.uuid()), createdAt: Timestamp,
    })),
    refundPolicy: z.object({
      refundableUntil: Timestamp,
      refundableUntilLocal: z.string(),
      open: z.boolean().openapi({ description: 'Whether a refund may be made now (the 24-hour rule)' }),
    }),
    allowedStatusChanges: z.array(OrderStatusSchema).openapi({ description: 'Statuses staff may set by hand from this one' }),
    statusHistory: z.array(z.object({ from: z.enum(ORDER_STATUSES).nullable(), to: OrderStatusSchema, reason: z.string().nullable(), at: Timestamp })),
    audit: z.array(AuditRecordSchema),
    documents: z.array(DocumentSchema).openapi({ description: 'Invoice, act and refund acts issued so far, oldest first' }),
    notifications: z.array(NotificationSchema).openapi({ description: 'Messages about the order, one per channel, oldest first' }),
  })
  .openapi('AdminOrder');

export const AdminOrderParams = z.object({
  orderId: z.uuid({ message: 'must be an order id' }).openapi({ param: { name: 'orderId', in: 'path' } }),
});

export const AdminOrderDocumentParams = AdminOrderParams.extend({
  documentId: z.uuid({ message: 'must be a document id' }).openapi({ param: { name: 'documentId', in: 'path' } }),
});

export const IdempotencyKeyHeader = z.object({
  'idempotency-key': z
    .string()
    .regex(/^[A-Za-z0-9_.:-]{8,128}$/, { message: 'must be 8–128 letters, digits or -_.:' })
    .optional()
    .openapi({ param: { name: 'idempotency-key', in: 'header' }, description: 'Required: a repeat returns the same result' }),
});

export const CreateAdminOrderBody = z
  .object({
    eventId: z.uuid({ message: 'must be a sailing id' }),
    seats: z.array(z.object({ seatCode: z.string().min(1).max(32), ticketTypeId: z.uuid({ message: 'must be a ticket type id' }).optional() }))
      .min(1).max(10).optional().openapi({ description: 'Seats on an assigned-seating sailing (ticket type: the first one sold when omitted)' }),
    places: z.array(z.object({ ticketTypeId: z.uuid({ message: 'must be a ticket type id' }), quantity: z.number().int().min(1).max(10) }))
      .min(1).max(10).optional().openapi({ description: 'Places on a general-admission sailing' }),
    customer: CustomerInput,
    locale: LangSchema.openapi({ description: 'The language of the customer’s messages' }),
    promoCode: z.string().trim().min(1).max(32).optional(),
  })
  .refine((body) => Boolean(body.seats) !== Boolean(body.places), { message: 'name either seats or places', path: ['seats'] })
  .openapi('CreateAdminOrderRequest');

export const CreateAdminOrderResultSchema = z
  .object({
    order: AdminOrderSchema,
    paymentUrl: z.string().nullable().openapi({ description: 'The payment page sent to the customer; null if the payment service did not answer (retry with the same key)' }),
  })
  .openapi('CreateAdminOrderResult');

export const SetOrderStatusBody = z
  .object({
    status: OrderStatusSchema.openapi({ description: 'PAID confirms a payment the payment service reports as succeeded; CANCELLED cancels an unpaid order' }),
    reason: z.string().trim().min(3).max(500).optional(),
  })
  .openapi('SetOrderStatusRequest');

export const CancelOrderBody = z.object({ reason: z.string().trim().min(3, { message: 'say why, in a few words' }).max(500) }).openapi('CancelOrderRequest');

export const AdminRefundBody = z
  .object({
    tickets: z.array(z.uuid({ message: 'must be a ticket id' })).min(1).max(50).optional().openapi({ description: 'All refundable tickets when omitted' }),
    reason: z.string().trim().min(3).max(200).optional(),
  })
  .openapi('AdminRefundRequest');

export const RESEND_KINDS = ['confirmation', 'tickets', 'documents', 'payment_link'] as const;
export const ResendBody = z.object({ what: z.enum(RESEND_KINDS) }).openapi('ResendOrderMessageRequest');

export const QueuedSchema = z
  .object({ queued: z.literal(true), what: z.string() })
  .openapi('Queued', { description: 'The work was queued (outbox) and commits with the audit row' });

export const ExportQuery = AdminOrderListQuery.omit({ cursor: true, limit: true, lang: true }).extend({
  limit: z.coerce.number().int().min(1).max(10_000).default(10_000).openapi({ param: { name: 'limit', in: 'query' } }),
});
