import { z } from '@hono/zod-openapi';
import { LangSchema } from '../../platform/http/locale';
import { SessionId } from '../seating/seating.schemas';

const Kopecks = z.number().int().nonnegative();
const Timestamp = z.string().openapi({ format: 'date-time' });

export const CustomerInput = z.object({
  fullName: z
    .string()
    .trim()
    .min(2, { message: 'must be the full name (ФИО)' })
    .max(200)
    .regex(/\p{L}/u, { message: 'must contain letters' })
    .openapi({ example: 'Иванова Мария Петровна' }),
  email: z.email({ message: 'must be an email address' }).max(254).openapi({ example: 'maria@example.ru' }),
  phone: z.string().trim().min(5, { message: 'must be a phone number' }).max(32).openapi({
    description: 'Any usual form; Russian numbers without a country code are accepted (8 921 …, 921 …)',
    example: '8 (921) 123-45-67',
  }),
});

export const CheckoutBody = z
  .object({
    sessionId: SessionId,
    eventId: z.uuid({ message: 'must be a sailing id' }),
    holdIds: z.array(z.uuid({ message: 'must be a hold id' })).min(1).max(10).optional().openapi({
      description: "The session's holds to order; default: all of its open holds on the sailing",
    }),
    seats: z
      .array(z.object({ seatCode: z.string().min(1).max(32), ticketTypeId: z.uuid({ message: 'must be a ticket type id' }) }))
      .max(50)
      .optional()
      .openapi({ description: 'Ticket type per held seat (adult, child…); seats not named get the first ticket type' }),
    customer: CustomerInput,
    promoCode: z.string().trim().min(1).max(32).optional(),
    locale: LangSchema,
    utm: z
      .object({
        source: z.string().max(200).optional(),
        medium: z.string().max(200).optional(),
        campaign: z.string().max(200).optional(),
        term: z.string().max(200).optional(),
        content: z.string().max(200).optional(),
      })
      .optional(),
  })
  .openapi('CheckoutRequest');

export const IdempotencyHeader = z.object({
  'idempotency-key': z
    .string()
    .regex(/^[A-Za-z0-9_.:-]{8,128}$/, { message: 'must be 8–128 letters, digits or -_.:' })
    .optional()
    .openapi({ param: { name: 'idempotency-key', in: 'header' }, description: 'Required: one key per checkout; a repeat returns the same order' }),
});

export const OrderParams = z.object({
  id: z.uuid({ message: 'must be an order id' }).openapi({ param: { name: 'id', in: 'path' } }),
});

export const OrderAccessQuery = z.object({
  token: z.string().min(20).max(100).optional().openapi({
    param: { name: 'token', in: 'query' },
    description: 'The order access token from checkout (or send it, or a customer access token, as `Authorization: Bearer …`)',
  }),
});

export const OrderLineSchema = z
  .object({
    id: z.uuid(),
    seatCode: z.string().nullable(),
    ticketTypeId: z.uuid(),
    seatCategoryId: z.uuid().nullable(),
    description: z.string(),
    unitPriceKopecks: Kopecks,
    discountKopecks: Kopecks,
    vatMode: z.enum(['none', 'included', 'excluded']),
    vatPercent: z.number().int(),
    vatKopecks: Kopecks,
    totalKopecks: Kopecks,
  })
  .openapi('OrderLine');

export const TicketSchema = z
  .object({
    id: z.uuid(),
    code: z.string().openapi({ description: 'Printed under the QR code' }),
    seatCode: z.string().nullable(),
    ticketTypeId: z.uuid(),
    status: z.enum(['valid', 'void']),
    boardedAt: z.string().nullable(),
    qrPayload: z.string().openapi({ description: 'What the QR code encodes: signed, verifiable offline' }),
  })
  .openapi('Ticket');

export const OrderSchema = z
  .object({
    id: z.uuid(),
    number: z.string().openapi({ example: 'P-000123' }),
    status: z.enum(['PENDING', 'LOCKED', 'PAID', 'CANCELLED', 'EXPIRED', 'REFUNDED', 'PARTIALLY_REFUNDED']),
    event: z.object({ id: z.uuid(), title: z.string(), startsAt: Timestamp, startsAtLocal: z.string() }),
    customer: z.object({ fullName: z.string(), email: z.string(), phone: z.string() }),
    locale: LangSchema,
    lines: z.array(OrderLineSchema),
    subtotalKopecks: Kopecks,
    discountKopecks: Kopecks,
    vatKopecks: Kopecks,
    totalKopecks: Kopecks.openapi({ description: 'The sum of the lines’ totals; what the buyer pays' }),
    currency: z.literal('RUB'),
    promoCode: z.string().nullable(),
    paymentWindowEndsAt: Timestamp,
    payment: z.object({ id: z.string(), status: z.string() }).nullable(),
    refundPolicy: z.object({
      refundableUntil: Timestamp.openapi({ description: 'Full refunds until 24 hours before departure' }),
      refundableUntilLocal: z.string(),
    }),
    tickets: z.array(TicketSchema).openapi({ description: 'Issued once the order is paid' }),
    createdAt: Timestamp,
  })
  .openapi('Order');

export const CheckoutResultSchema = z
  .object({
    order: OrderSchema,
    accessToken: z.string().openapi({ description: 'Lets the buyer read this order without an account; keep it private' }),
  })
  .openapi('CheckoutResult');
