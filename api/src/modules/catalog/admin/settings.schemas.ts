import { z } from '@hono/zod-openapi';
import { LocalizedInput, VatModeSchema } from './catalog-admin.schemas';

export const VatSettingsSchema = z
  .object({
    defaultMode: VatModeSchema,
    defaultPercent: z.number().int(),
    rates: z.array(z.object({ percent: z.number().int(), label: LocalizedInput, active: z.boolean() })),
  })
  .openapi('VatSettings');

export const VatDefaultsBody = z
  .object({ defaultMode: VatModeSchema, defaultPercent: z.number().int().min(0).max(100) })
  .openapi('VatDefaultsRequest');

export const VatRateBody = z.object({ label: LocalizedInput, active: z.boolean() }).openapi('VatRateRequest');
export const VatRateParams = z.object({
  percent: z.coerce.number().int().min(0).max(100).openapi({ param: { name: 'percent', in: 'path' }, type: 'integer' }),
});

export const GeneralSettingsSchema = z
  .object({
    holdTtlSeconds: z.number().int().openapi({ description: 'How long a seat or place hold lasts' }),
    holdTtlDefaultSeconds: z.number().int().openapi({ description: 'HOLD_TTL_SECONDS, used when no value is set here' }),
    paymentWindowSeconds: z.number().int().openapi({ description: 'ORDER_PAYMENT_WINDOW_SECONDS (configured at start)' }),
  })
  .openapi('GeneralSettings');

export const GeneralSettingsBody = z
  .object({
    holdTtlSeconds: z.number().int().min(60).max(3_600).nullable().openapi({ description: 'null returns to HOLD_TTL_SECONDS' }),
  })
  .openapi('GeneralSettingsRequest');

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
