import { z } from '@hono/zod-openapi';

export const SessionId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,128}$/, { message: 'must be 8–128 letters, digits, "-" or "_"' })
  .openapi({ description: "The buyer's browser session; holds belong to it", example: 'b1f0c3e2-5d7a-4c8e-9f1a-2b3c4d5e6f70' });

const SeatCode = z.string().min(1).max(32).openapi({ example: 'D1-R3-S12' });

export const EventIdParam = z.object({
  id: z.uuid({ message: 'must be a UUID' }).openapi({ param: { name: 'id', in: 'path' } }),
});

export const HoldParams = EventIdParam.extend({
  holdId: z.uuid({ message: 'must be a UUID' }).openapi({ param: { name: 'holdId', in: 'path' } }),
});

export const ViewerQuery = z.object({
  sessionId: SessionId.optional().openapi({
    param: { name: 'sessionId', in: 'query' },
    description: 'Alternative to the X-Session-Id header; seats this session holds read as `selected`',
  }),
});

export const SessionHeader = z.object({
  'x-session-id': SessionId.optional().openapi({ param: { name: 'x-session-id', in: 'header' } }),
});

export const StreamQuery = ViewerQuery.extend({
  lastEventId: z.coerce
    .number({ message: 'must be a non-negative integer' })
    .int({ message: 'must be a non-negative integer' })
    .nonnegative({ message: 'must be a non-negative integer' })
    .optional()
    .openapi({ param: { name: 'lastEventId', in: 'query' }, type: 'integer', description: 'For clients that cannot send the Last-Event-ID header' }),
});

export const StreamHeaders = SessionHeader.extend({
  'last-event-id': z
    .string()
    .regex(/^\d{1,18}$/, { message: 'must be the id of an event this stream sent' })
    .optional()
    .openapi({ param: { name: 'last-event-id', in: 'header' } }),
});

export const SeatStateSchema = z
  .object({
    seatCode: z.string(),
    status: z.enum(['free', 'sold', 'reserved', 'selected', 'unknown']),
    version: z.number().int().nonnegative().openapi({ description: "The seat's last change; apply a newer change only" }),
  })
  .openapi('SeatState');

export const SeatAvailabilitySchema = z
  .object({
    eventId: z.uuid(),
    seatingMode: z.literal('assigned'),
    version: z.number().int().nonnegative(),
    seats: z.array(SeatStateSchema),
    holdExpiresAt: z.string().nullable().openapi({ format: 'date-time', description: "When the caller's hold lapses" }),
  })
  .openapi('SeatAvailability');

export const CapacityAvailabilitySchema = z
  .object({
    eventId: z.uuid(),
    seatingMode: z.literal('general'),
    version: z.number().int().nonnegative(),
    capacity: z.number().int().nonnegative(),
    remaining: z.number().int().nonnegative(),
    ticketTypes: z.array(
      z.object({ ticketTypeId: z.uuid(), quota: z.number().int().nullable(), remaining: z.number().int().nonnegative() }),
    ),
  })
  .openapi('CapacityAvailability');

export const AvailabilitySchema = z
  .discriminatedUnion('seatingMode', [SeatAvailabilitySchema, CapacityAvailabilitySchema])
  .openapi('Availability');

export const LockSeatsBody = z
  .object({ sessionId: SessionId, seats: z.array(SeatCode).min(1, { message: 'must name at least one seat' }).max(50) })
  .openapi('LockSeatsRequest');

export const UnlockSeatsBody = LockSeatsBody.openapi('UnlockSeatsRequest');

export const BestSeatsBody = z
  .object({
    sessionId: SessionId,
    count: z.number().int().min(1).max(50),
    category: z.uuid({ message: 'must be a seat category id' }).optional(),
    accessible: z.boolean().optional().openapi({ description: 'Wheelchair spaces only' }),
  })
  .openapi('BestSeatsRequest');

export const SeatHoldSchema = z
  .object({
    id: z.uuid(),
    eventId: z.uuid(),
    seats: z.array(z.string()).openapi({ description: "Every seat of the session's hold on this sailing" }),
    expiresAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('SeatHold');

export const ReleasedSeatsSchema = z.object({ released: z.array(z.string()) }).openapi('ReleasedSeats');

export const GaHoldBody = z
  .object({
    sessionId: SessionId,
    items: z
      .array(z.object({ ticketTypeId: z.uuid({ message: 'must be a ticket type id' }), quantity: z.number().int().min(0).max(50) }))
      .min(1, { message: 'must hold at least one ticket type' }),
  })
  .refine((body) => body.items.some((item) => item.quantity > 0), { path: ['items'], message: 'must hold at least one place' })
  .openapi('GaHoldRequest');

export const GaHoldSchema = z
  .object({
    id: z.uuid(),
    eventId: z.uuid(),
    items: z.array(z.object({ ticketTypeId: z.uuid(), quantity: z.number().int().positive() })),
    expiresAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('GaHold');
