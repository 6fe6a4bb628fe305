import { z } from '@hono/zod-openapi';
import { isValidCorrespondentAccount, isValidInn, isValidOgrn, isValidSettlementAccount } from './requisites-checks';

const text = (max: number) => z.string().trim().min(1, { message: 'is required' }).max(max);

/**
 * The seller as every document names it. Formats and check digits are validated here, so the
 * CRM's admin route (PUT /admin/settings/requisites) takes this schema as its body and
 * RequisitesService.update validates with the same one.
 */
export const RequisitesSchema = z
  .object({
    legalName: text(300).min(3),
    inn: z.string().refine(isValidInn, { message: 'must be a valid ИНН (10 or 12 digits with correct check digits)' }),
    kpp: z
      .string()
      .regex(/^\d{4}[\dA-Z]{2}\d{3}$/, { message: 'must be a КПП: 9 characters, digits with letters in places 5–6' })
      .nullable(),
    ogrn: z.string().refine(isValidOgrn, { message: 'must be a valid ОГРН (13 digits) or ОГРНИП (15 digits)' }),
    legalAddress: text(500),
    bankName: text(300),
    bik: z.string().regex(/^04\d{7}$/, { message: 'must be a БИК: 9 digits starting with 04' }),
    settlementAccount: z.string().regex(/^\d{20}$/, { message: 'must be 20 digits' }),
    correspondentAccount: z.string().regex(/^301\d{17}$/, { message: 'must be 20 digits starting with 301' }),
    phone: text(40),
    email: z.email({ message: 'must be an email address' }),
    offerUrl: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }),
  })
  .superRefine((value, ctx) => {
    // An organisation (10-digit ИНН) always has a КПП; an entrepreneur (12 digits) never does.
    if (value.inn.length === 10 && !value.kpp) ctx.addIssue({ code: 'custom', path: ['kpp'], message: 'is required for a 10-digit ИНН' });
    if (value.inn.length === 12 && value.kpp) ctx.addIssue({ code: 'custom', path: ['kpp'], message: 'must be empty for a 12-digit ИНН' });
    if (!isValidSettlementAccount(value.settlementAccount, value.bik)) {
      ctx.addIssue({ code: 'custom', path: ['settlementAccount'], message: 'does not match the БИК (control key)' });
    }
    if (!isValidCorrespondentAccount(value.correspondentAccount, value.bik)) {
      ctx.addIssue({ code: 'custom', path: ['correspondentAccount'], message: 'does not match the БИК (control key)' });
    }
  })
  .openapi('CompanyRequisites');

export type Requisites = z.infer<typeof RequisitesSchema>;
