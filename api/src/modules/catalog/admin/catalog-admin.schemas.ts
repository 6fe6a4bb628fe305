import { z } from '@hono/zod-openapi';

/** Text in every language the shop shows; Russian is required and the fallback. */
export const LocalizedInput = z
  .object({
    ru: z.string().trim().min(1, { message: 'Russian text is required' }).max(2000),
    en: z.string().trim().max(2000).nullish(),
    zh: z.string().trim().max(2000).nullish(),
  })
  .openapi('LocalizedText');

/** A longer text that may be left empty (in every language). */
export const LocalizedDescription = z
  .object({ ru: z.string().trim().max(5000), en: z.string().trim().max(5000).nullish(), zh: z.string().trim().max(5000).nullish() })
  .openapi('LocalizedDescription');

export const Code = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, { message: 'must be lower-case latin letters, digits and _, starting with a letter' });

export const idParam = <N extends string>(name: N, what: string) =>
  z.object({ [name]: z.uuid({ message: `must be a ${what} id` }).openapi({ param: { name, in: 'path' } }) } as Record<N, z.ZodUUID>);

export const DeletedSchema = z.object({ id: z.uuid(), deleted: z.literal(true) }).openapi('Deleted');

export const VatModeSchema = z.enum(['none', 'included', 'excluded']).openapi('VatMode');

export const BerthInput = z
  .object({
    name: LocalizedInput,
    address: LocalizedInput,
    latitude: z.number().min(-90).max(90),
    longitude: z.number().min(-180).max(180),
  })
  .openapi('BerthInput');
export const BerthSchema = BerthInput.extend({ id: z.uuid() }).openapi('AdminBerth');

export const RouteInput = z
  .object({
    name: LocalizedInput,
    description: LocalizedDescription,
    durationMinutes: z.number().int().min(1).max(7 * 24 * 60),
    stops: z.array(z.object({ berthId: z.uuid({ message: 'must be a berth id' }), offsetMinutes: z.number().int().min(0).max(7 * 24 * 60) }))
      .min(1, { message: 'a route calls at least at the berth it departs from' }).max(50)
      .openapi({ description: 'In order; the first is where sailings depart' }),
  })
  .openapi('RouteInput');
export const RouteSchema = RouteInput.extend({ id: z.uuid() }).openapi('AdminRoute');

export const TicketTypeInput = z
  .object({ code: Code, name: LocalizedInput, description: LocalizedDescription, sortOrder: z.number().int().min(0).max(10_000).default(0) })
  .openapi('TicketTypeInput');
export const TicketTypeSchema = TicketTypeInput.extend({ id: z.uuid(), sortOrder: z.number().int() }).openapi('AdminTicketType');
export const TicketTypeUpdate = TicketTypeInput.omit({ code: true }).partial().openapi('TicketTypeUpdate');

export const SeatCategoryInput = z
  .object({ code: Code, name: LocalizedInput, sortOrder: z.number().int().min(0).max(10_000).default(0) })
  .openapi('SeatCategoryInput');
export const SeatCategorySchema = SeatCategoryInput.extend({ id: z.uuid(), sortOrder: z.number().int() }).openapi('AdminSeatCategory');
export const SeatCategoryUpdate = SeatCategoryInput.omit({ code: true }).partial().openapi('SeatCategoryUpdate');

export const listOf = <T extends z.ZodTypeAny>(item: T, name: string) => z.object({ items: z.array(item) }).openapi(name);
