import { z } from '@hono/zod-openapi';
import { LangSchema } from '../../platform/http/locale';
import { MESSENGERS } from './messenger-handle';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../platform/auth/password-policy';

const Timestamp = z.string().openapi({ format: 'date-time' });
const Email = z.email({ message: 'must be an email address' }).max(254).openapi({ example: 'maria@example.ru' });
// Length and strength are checked by the password policy, which names the reason.
const NewPassword = z.string().max(PASSWORD_MAX_LENGTH * 4).openapi({
  description: `At least ${PASSWORD_MIN_LENGTH} characters, not a common password, not containing the email address`,
  example: 'морской-бриз-2026',
});
const Password = z.string().min(1, { message: 'is required' }).max(PASSWORD_MAX_LENGTH * 4);
const FullName = z
  .string()
  .trim()
  .min(2, { message: 'must be the full name (ФИО)' })
  .max(200)
  .regex(/\p{L}/u, { message: 'must contain letters' })
  .openapi({ example: 'Иванова Мария Петровна' });
const Phone = z.string().trim().min(5, { message: 'must be a phone number' }).max(32).openapi({ example: '8 (921) 123-45-67' });
const SingleUseToken = z.string().min(20).max(200).openapi({ description: 'The `token` of the emailed link' });

export const CustomerProfileSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    emailVerified: z.boolean(),
    emailVerifiedAt: Timestamp.nullable(),
    fullName: z.string().nullable(),
    phone: z.string().nullable().openapi({ description: 'E.164' }),
    preferredLang: LangSchema,
    preferredMessenger: z.enum(MESSENGERS).openapi({ description: 'Where notifications go first; email is the fallback' }),
    messengerHandle: z.string().nullable().openapi({ description: 'MAX user id or phone, Telegram @username or chat id, WhatsApp phone' }),
    createdAt: Timestamp,
  })
  .openapi('CustomerProfile');

export const CustomerSessionSchema = z
  .object({
    accessToken: z.string().openapi({ description: 'Send as `Authorization: Bearer …`; short-lived' }),
    tokenType: z.literal('Bearer'),
    expiresIn: z.number().int().openapi({ description: 'Seconds the access token lasts' }),
    refreshToken: z.string().openapi({ description: 'Exchange for new tokens at /customers/refresh; works once, keep it private' }),
    refreshTokenExpiresAt: Timestamp,
    customer: CustomerProfileSchema,
  })
  .openapi('CustomerSession');

export const RegisterBody = z
  .object({
    email: Email,
    password: NewPassword,
    fullName: FullName.optional(),
    phone: Phone.optional(),
    preferredLang: LangSchema.optional().openapi({ description: 'Default: the Accept-Language of the request, then Russian' }),
  })
  .openapi('RegisterCustomerRequest');

export const LoginBody = z.object({ email: Email, password: Password }).openapi('LoginCustomerRequest');

export const RefreshBody = z.object({ refreshToken: z.string().min(20).max(200) }).openapi('RefreshCustomerSessionRequest');

export const UpdateProfileBody = z
  .object({
    fullName: FullName.nullable().optional(),
    phone: Phone.nullable().optional(),
    preferredLang: LangSchema.optional(),
    preferredMessenger: z.enum(MESSENGERS).optional(),
    messengerHandle: z.string().trim().min(1).max(64).nullable().optional().openapi({
      description: 'Required when choosing a messenger other than `none`',
    }),
  })
  .openapi('UpdateCustomerProfileRequest');

export const ChangePasswordBody = z.object({ currentPassword: Password, newPassword: NewPassword }).openapi('ChangePasswordRequest');

export const VerifyEmailBody = z.object({ token: SingleUseToken }).openapi('VerifyEmailRequest');

export const ChangeEmailBody = z
  .object({ newEmail: Email, currentPassword: Password })
  .openapi('ChangeEmailRequest');

export const EmailChangeRequestedSchema = z
  .object({
    newEmail: z.string().openapi({ description: 'Where the confirmation link went; the account keeps its email until the link is opened' }),
    expiresAt: Timestamp.openapi({ description: 'Until when the link works' }),
  })
  .openapi('EmailChangeRequested');

export const ConfirmEmailChangeBody = z.object({ token: SingleUseToken }).openapi('ConfirmEmailChangeRequest');

export const EmailVerifiedSchema = z
  .object({
    email: z.string(),
    emailVerifiedAt: Timestamp,
    linkedOrders: z.number().int().openapi({ description: 'Orders placed with this email that now belong to the account' }),
  })
  .openapi('EmailVerified');

export const PasswordResetRequestBody = z.object({ email: Email }).openapi('PasswordResetRequest');

export const PasswordResetBody = z.object({ token: SingleUseToken, newPassword: NewPassword }).openapi('PasswordResetConfirmRequest');

export const AcceptedSchema = z
  .object({ accepted: z.literal(true) })
  .openapi('Accepted', { description: 'Taken; if there is something to email, it is on its way' });

export const MyOrdersQuery = z.object({
  limit: z.coerce
    .number({ message: 'must be an integer from 1 to 50' })
    .int({ message: 'must be an integer from 1 to 50' })
    .min(1, { message: 'must be an integer from 1 to 50' })
    .max(50, { message: 'must be an integer from 1 to 50' })
    .default(20)
    .openapi({ param: { name: 'limit', in: 'query' }, type: 'integer' }),
  cursor: z.string().max(200).optional().openapi({ param: { name: 'cursor', in: 'query' } }),
  lang: LangSchema.optional().openapi({ param: { name: 'lang', in: 'query' }, description: 'Sailing titles in this language; default: the profile’s' }),
});

export const OrderSummarySchema = z
  .object({
    id: z.uuid(),
    number: z.string(),
    status: z.enum(['PENDING', 'LOCKED', 'PAID', 'CANCELLED', 'EXPIRED', 'REFUNDED', 'PARTIALLY_REFUNDED']),
    sailing: z.object({ id: z.uuid(), title: z.string(), startsAt: Timestamp, startsAtLocal: z.string() }),
    totalKopecks: z.number().int().nonnegative(),
    currency: z.literal('RUB'),
    placesCount: z.number().int().openapi({ description: 'Seats or places ordered' }),
    ticketsCount: z.number().int().openapi({ description: 'Tickets issued and still valid' }),
    refundableUntil: Timestamp.openapi({ description: 'Full refunds until 24 hours before departure' }),
    refundableUntilLocal: z.string(),
    createdAt: Timestamp,
  })
  .openapi('OrderSummary');

export const MyOrdersSchema = z
  .object({
    items: z.array(OrderSummarySchema).openapi({ description: 'Newest first' }),
    nextCursor: z.string().nullable().openapi({ description: 'Pass as `cursor` for the next page; null on the last page' }),
  })
  .openapi('CustomerOrderList');
