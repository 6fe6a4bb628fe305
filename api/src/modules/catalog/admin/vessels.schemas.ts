import { z } from '@hono/zod-openapi';
import { LocalizedInput } from './catalog-admin.schemas';

const SeatInput = z.object({
  seatCode: z.string().regex(/^[A-Za-z0-9-]{1,32}$/, { message: 'must be 1–32 letters, digits or -' }),
  number: z.string().trim().min(1).max(16),
  categoryId: z.uuid({ message: 'must be a seat category id' }),
  x: z.number().min(0).max(9999).openapi({ description: 'Position on the drawn map, in seat widths from the deck’s left' }),
  y: z.number().min(0).max(9999),
  wheelchair: z.boolean().optional(),
  companion: z.boolean().optional(),
  restrictedView: z.boolean().optional(),
});

const DeckInput = z.object({
  name: LocalizedInput,
  level: z.number().int().min(-5).max(20),
  sections: z.array(z.object({
    name: LocalizedInput,
    rows: z.array(z.object({ label: z.string().trim().min(1).max(16), seats: z.array(SeatInput).max(200) })).max(200),
  })).max(50),
});

export const LayoutSchema = z
  .object({ decks: z.array(DeckInput).min(1).max(10) })
  .openapi('SeatLayoutInput', { description: 'The whole plan of a seated vessel: decks → sections → rows → seats' });

const LayoutViewSchema = z
  .object({ decks: z.array(DeckInput) })
  .openapi('SeatLayoutPlan', { description: 'The plan as stored (no decks for general admission), in the shape the layout is edited in' });

export const VesselSchema = z
  .object({
    id: z.uuid(),
    name: LocalizedInput,
    seatingMode: z.enum(['assigned', 'general']),
    capacity: z.number().int(),
    seatCount: z.number().int(),
    upcomingSailings: z.number().int(),
  })
  .openapi('AdminVessel');

export const VesselDetailSchema = VesselSchema.extend({
  layout: LayoutViewSchema,
  takenSeats: z.array(z.string()).openapi({ description: 'Sold or held on sailings that have not ended: a layout edit must keep these' }),
}).openapi('AdminVesselDetail');

export const CreateVesselBody = z
  .object({
    name: LocalizedInput,
    seatingMode: z.enum(['assigned', 'general']),
    capacity: z.number().int().min(1).max(5_000).optional().openapi({ description: 'General admission only' }),
    layout: LayoutSchema.optional().openapi({ description: 'Assigned seating only' }),
  })
  .openapi('CreateVesselRequest');

export const UpdateVesselBody = z
  .object({ name: LocalizedInput.optional(), capacity: z.number().int().min(1).max(5_000).optional() })
  .openapi('UpdateVesselRequest');
