import { z } from '@hono/zod-openapi';
import { LangSchema } from '../../platform/http/locale';

const Kopecks = z.number().int().nonnegative().openapi({ description: 'Integer kopecks (RUB)', example: 150000 });
const Timestamp = z.string().openapi({ format: 'date-time', example: '2026-12-01T15:30:00.000Z' });
const MoscowTime = z.string().openapi({
  description: 'The same instant as local time in Europe/Moscow, with its offset',
  example: '2026-12-01T18:30:00+03:00',
});

export const EventIdParams = z.object({
  id: z.uuid({ message: 'must be a UUID' }).openapi({ param: { name: 'id', in: 'path' }, example: '0b5c5c0e-3a4f-4c59-9d0e-6f5a1d2f8f11' }),
});

export const LangQuery = z.object({
  lang: LangSchema.optional().openapi({ param: { name: 'lang', in: 'query' } }),
});

export const BerthSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    address: z.string(),
    latitude: z.number(),
    longitude: z.number(),
    mapUrl: z.string().openapi({ description: 'Link to the berth on a map' }),
  })
  .openapi('Berth');

export const VesselSummarySchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    seatingMode: z.enum(['assigned', 'general']),
    capacity: z.number().int().positive(),
  })
  .openapi('VesselSummary');

export const RouteStopSchema = z
  .object({ position: z.number().int(), offsetMinutes: z.number().int(), berth: BerthSchema })
  .openapi('RouteStop');

export const RouteSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    description: z.string(),
    durationMinutes: z.number().int().positive(),
    stops: z.array(RouteStopSchema),
  })
  .openapi('Route');

export const VatSchema = z
  .object({ mode: z.enum(['none', 'included', 'excluded']), ratePercent: z.number().int() })
  .openapi('Vat');

const eventCommon = {
  id: z.uuid(),
  kind: z.enum(['excursion', 'event']),
  status: z.enum(['scheduled', 'cancelled']),
  title: z.string(),
  startsAt: Timestamp,
  endsAt: Timestamp,
  startsAtLocal: MoscowTime,
  endsAtLocal: MoscowTime,
  timeZone: z.literal('Europe/Moscow'),
  durationMinutes: z.number().int().positive(),
  priceFrom: Kopecks.nullable().openapi({ description: 'Lowest ticket price in kopecks, VAT included' }),
  currency: z.literal('RUB'),
  remaining: z.number().int().nonnegative().openapi({
    description: 'Seats (or places) neither sold nor held right now, out of vessel.capacity; may lag a few seconds',
    example: 12,
  }),
};

export const EventSummarySchema = z
  .object({
    ...eventCommon,
    route: z.object({ id: z.uuid(), name: z.string() }),
    departureBerth: z.object({ id: z.uuid(), name: z.string() }),
    vessel: VesselSummarySchema,
  })
  .openapi('EventSummary');

export const EventSchema = z
  .object({
    ...eventCommon,
    lang: LangSchema,
    description: z.string(),
    route: RouteSchema,
    departureBerth: BerthSchema,
    vessel: VesselSummarySchema,
    vat: VatSchema,
    supplier: z.object({ source: z.enum(['own', 'astra_marin', 'neva_travel']), externalId: z.string().nullable() }),
    refundPolicy: z.object({
      refundableUntil: Timestamp.openapi({ description: 'Full refunds until 24 hours before departure' }),
      refundableUntilLocal: MoscowTime,
    }),
  })
  .openapi('Event');

export const EventListSchema = z
  .object({
    items: z.array(EventSummarySchema),
    nextCursor: z.string().nullable().openapi({ description: 'Pass as `cursor` for the next page; null on the last page' }),
    lang: LangSchema,
  })
  .openapi('EventList');

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;
const DATE_MESSAGE = 'must be a date (YYYY-MM-DD) or a date-time with offset (2026-12-01T18:00:00+03:00)';

const dateFilter = (name: string, description: string) =>
  z
    .string()
    .refine((value) => (ISO_DATE.test(value) || ISO_DATE_TIME.test(value)) && !Number.isNaN(Date.parse(value)), {
      message: DATE_MESSAGE,
    })
    .optional()
    .openapi({ param: { name, in: 'query' }, description, example: '2026-12-01' });

const kopecksFilter = (name: string) =>
  z.coerce
    .number({ message: 'must be an integer number of kopecks' })
    .int({ message: 'must be an integer number of kopecks' })
    .nonnegative({ message: 'must not be negative' })
    .optional()
    .openapi({ param: { name, in: 'query' }, type: 'integer' });

export const ListEventsQuery = z
  .object({
    lang: LangSchema.optional().openapi({ param: { name: 'lang', in: 'query' } }),
    q: z.string().trim().min(1).max(100).optional().openapi({
      param: { name: 'q', in: 'query' },
      description: 'Free text over titles and descriptions in every language, routes and berths',
      example: 'петергоф',
    }),
    dateFrom: dateFilter('dateFrom', 'Departures at or after this instant (a bare date is midnight in Moscow). Default: now'),
    dateTo: dateFilter('dateTo', 'Departures before this instant (a bare date means the end of that day in Moscow)'),
    routeId: z.uuid({ message: 'must be a UUID' }).optional().openapi({ param: { name: 'routeId', in: 'query' } }),
    berthId: z.uuid({ message: 'must be a UUID' }).optional().openapi({
      param: { name: 'berthId', in: 'query' },
      description: 'Sailings departing from this berth',
    }),
    kind: z.enum(['excursion', 'event']).optional().openapi({ param: { name: 'kind', in: 'query' } }),
    priceMin: kopecksFilter('priceMin'),
    priceMax: kopecksFilter('priceMax'),
    limit: z.coerce
      .number({ message: 'must be an integer from 1 to 100' })
      .int({ message: 'must be an integer from 1 to 100' })
      .min(1, { message: 'must be an integer from 1 to 100' })
      .max(100, { message: 'must be an integer from 1 to 100' })
      .default(20)
      .openapi({ param: { name: 'limit', in: 'query' }, type: 'integer' }),
    cursor: z.string().max(200).optional().openapi({ param: { name: 'cursor', in: 'query' } }),
  })
  .refine((query) => query.priceMin === undefined || query.priceMax === undefined || query.priceMin <= query.priceMax, {
    path: ['priceMax'],
    message: 'must not be less than priceMin',
  });

export const SeatCategorySchema = z
  .object({ id: z.uuid(), code: z.string(), name: z.string() })
  .openapi('SeatCategory');

export const LayoutSeatSchema = z
  .object({
    seatCode: z.string(),
    number: z.string(),
    categoryId: z.uuid(),
    x: z.number(),
    y: z.number(),
    accessibility: z.object({ wheelchair: z.boolean(), companion: z.boolean(), restrictedView: z.boolean() }),
  })
  .openapi('LayoutSeat');

export const SeatLayoutSchema = z
  .object({
    eventId: z.uuid(),
    vessel: VesselSummarySchema,
    categories: z.array(SeatCategorySchema),
    decks: z.array(
      z.object({
        id: z.uuid(),
        name: z.string(),
        level: z.number().int(),
        sections: z.array(
          z.object({
            id: z.uuid(),
            name: z.string(),
            rows: z.array(z.object({ id: z.uuid(), label: z.string(), seats: z.array(LayoutSeatSchema) })),
          }),
        ),
      }),
    ),
  })
  .openapi('SeatLayout', { description: 'Empty `decks` for general-admission vessels' });

export const TicketTypeSchema = z
  .object({
    id: z.uuid(),
    code: z.string(),
    name: z.string(),
    description: z.string(),
    quota: z.number().int().positive().nullable().openapi({ description: 'Most tickets of this type a sailing sells; null = no cap' }),
  })
  .openapi('TicketType');

export const TicketTypeListSchema = z.object({ items: z.array(TicketTypeSchema) }).openapi('TicketTypeList');

export const PriceSchema = z
  .object({
    ticketTypeId: z.uuid(),
    ticketTypeCode: z.string(),
    seatCategoryId: z.uuid().nullable().openapi({ description: 'null: any seat (and general admission)' }),
    seatCategoryCode: z.string().nullable(),
    amountKopecks: Kopecks.openapi({ description: 'List price; includes VAT unless vat.mode is `excluded`' }),
    vatKopecks: Kopecks,
    totalKopecks: Kopecks.openapi({ description: 'What the buyer pays for one ticket' }),
  })
  .openapi('Price');

export const PriceListSchema = z
  .object({ eventId: z.uuid(), currency: z.literal('RUB'), vat: VatSchema, items: z.array(PriceSchema) })
  .openapi('PriceList');

const FilterOption = z.object({ id: z.uuid(), name: z.string() });

export const EventFiltersSchema = z
  .object({
    routes: z.array(FilterOption).openapi({ description: 'Routes with upcoming sailings, by name' }),
    berths: z.array(FilterOption).openapi({ description: 'Departure berths with upcoming sailings, by name' }),
    price: z
      .object({ min: Kopecks, max: Kopecks })
      .nullable()
      .openapi({ description: 'The lowest and highest "price from" of upcoming sailings; null when none has a price' }),
    lang: LangSchema,
  })
  .openapi('EventFilters');
