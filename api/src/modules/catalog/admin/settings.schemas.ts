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
