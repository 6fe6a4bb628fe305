import { z } from '@hono/zod-openapi';
import { periodBound } from '../../../platform/http/period-filter';
import { LocalizedDescription, LocalizedInput, VatModeSchema } from './catalog-admin.schemas';

const Instant = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time with offset' });
const Vat = z.object({ mode: VatModeSchema, percent: z.number().int().min(0).max(100) }).nullable()
  .openapi({ description: 'This sailing’s own VAT; null uses the catalog default' });

export const PriceListBody = z
  .object({
    ticketTypes: z.array(z.object({
      ticketTypeId: z.uuid({ message: 'must be a ticket type id' }),
      quota: z.number().int().min(1).nullish().openapi({ description: 'General admission: at most this many of the type' }),
    })).min(1).max(20),
    prices: z.array(z.object({
      ticketTypeId: z.uuid({ message: 'must be a ticket type id' }),
      seatCategoryId: z.uuid({ message: 'must be a seat category id' }).nullish().openapi({ description: 'null: any seat (or general admission)' }),
      amountKopecks: z.number().int().min(0).max(100_000_000),
    })).min(1).max(200),
  })
  .openapi('SailingPriceList');

export const SailingFieldsBody = z.object({
  kind: z.enum(['excursion', 'event']),
  title: LocalizedInput,
  description: LocalizedDescription,
  routeId: z.uuid({ message: 'must be a route id' }),
  vesselId: z.uuid({ message: 'must be a vessel id' }),
  startsAt: Instant,
  endsAt: Instant.optional().openapi({ description: 'Default: startsAt plus the route’s duration' }),
  vat: Vat.optional(),
});

export const CreateSailingBody = SailingFieldsBody.extend(PriceListBody.shape).openapi('CreateSailingRequest');
export const UpdateSailingBody = SailingFieldsBody.partial().openapi('UpdateSailingRequest');

export const SailingSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(['excursion', 'event']),
    status: z.enum(['scheduled', 'cancelled']),
    title: LocalizedInput,
    description: LocalizedDescription,
    routeId: z.uuid(),
    vesselId: z.uuid(),
    departureBerthId: z.uuid(),
    startsAt: z.string().openapi({ format: 'date-time' }),
    endsAt: z.string().openapi({ format: 'date-time' }),
    startsAtLocal: z.string(),
    vat: Vat,
    supplier: z.string(),
    ticketTypes: z.array(z.object({ ticketTypeId: z.uuid(), quota: z.number().int().nullable() })),
    prices: z.array(z.object({ ticketTypeId: z.uuid(), seatCategoryId: z.uuid().nullable(), amountKopecks: z.number().int() })),
    soldTickets: z.number().int(),
  })
  .openapi('AdminSailing');

export const SailingListQuery = z.object({
  dateFrom: periodBound('dateFrom', 'Departures at or after this instant (a bare date is that Moscow day)'),
  dateTo: periodBound('dateTo', 'Departures before this instant (a bare date includes that Moscow day)'),
  status: z.enum(['scheduled', 'cancelled']).optional().openapi({ param: { name: 'status', in: 'query' } }),
  routeId: z.uuid().optional().openapi({ param: { name: 'routeId', in: 'query' } }),
  vesselId: z.uuid().optional().openapi({ param: { name: 'vesselId', in: 'query' } }),
  limit: z.coerce.number().int().min(1).max(200).default(50).openapi({ param: { name: 'limit', in: 'query' } }),
  offset: z.coerce.number().int().min(0).max(100_000).default(0).openapi({ param: { name: 'offset', in: 'query' } }),
});

export const CancelSailingBody = z
  .object({ reason: z.string().trim().min(3, { message: 'say why, in a few words' }).max(500).openapi({ description: 'Told to the buyers' }) })
  .openapi('CancelSailingRequest');

export const CancellationSchema = z
  .object({
    eventId: z.uuid(),
    status: z.literal('cancelled'),
    cancelledNow: z.boolean().openapi({ description: 'false: it was already cancelled, and this call finished what was left' }),
    ordersCancelled: z.number().int().openapi({ description: 'Unpaid orders ended, their seats released' }),
    refunds: z.object({ succeeded: z.number().int(), pending: z.number().int(), failed: z.number().int() })
      .openapi({ description: 'Full refunds of paid orders; call again to retry failed ones (each buyer is refunded once)' }),
  })
  .openapi('SailingCancellation');
