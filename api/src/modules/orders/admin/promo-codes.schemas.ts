import { z } from '@hono/zod-openapi';

const PromoFields = z.object({
  kind: z.enum(['percent', 'fixed']),
  percent: z.number().int().min(1).max(100).nullish(),
  amountKopecks: z.number().int().min(1).max(100_000_000).nullish(),
  validFrom: z.iso.datetime({ offset: true }).nullish(),
  validUntil: z.iso.datetime({ offset: true }).nullish(),
  maxUses: z.number().int().min(1).nullish(),
  maxUsesPerCustomer: z.number().int().min(1).nullish(),
  eventIds: z.array(z.uuid()).max(500).nullish().openapi({ description: 'null: every sailing' }),
  active: z.boolean(),
});

export const CreatePromoBody = PromoFields.extend({
  active: z.boolean().default(true),
  code: z.string().trim().regex(/^[A-Za-z0-9_-]{3,32}$/, { message: 'must be 3–32 letters, digits, - or _' }),
}).openapi('CreatePromoRequest');
export const UpdatePromoBody = PromoFields.partial().openapi('UpdatePromoRequest');

export const PromoSchema = z
  .object({
    id: z.uuid(),
    code: z.string(),
    kind: z.enum(['percent', 'fixed']),
    percent: z.number().int().nullable(),
    amountKopecks: z.number().int().nullable(),
    validFrom: z.string().nullable(),
    validUntil: z.string().nullable(),
    maxUses: z.number().int().nullable(),
    maxUsesPerCustomer: z.number().int().nullable(),
    eventIds: z.array(z.uuid()).nullable(),
    active: z.boolean(),
    usedCount: z.number().int(),
  })
  .openapi('AdminPromo');
