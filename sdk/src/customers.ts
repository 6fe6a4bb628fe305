/**
 * Typed customer-account calls: register, log in, refresh, emailed links, the profile,
 * logouts and order history. Each returns the API's body or throws an ApiError carrying the
 * problem (`invalid_credentials`, `password_too_weak` with `params.reason`, …).
 *
 * Calls under `/me` need the customer's access token: make them through a client whose
 * `getToken` gives it (see `CustomerSessionKeeper`); the rest work on any client.
 *
 * @example
 * const session = await customersApi(api).login({ email, password });
 * const me = await customersApi(signedInApi).me();
 */
import type { Client } from 'openapi-fetch';
import type { components, paths } from './schema.js';
import { expectSuccess, unwrap } from './unwrap.js';

type Schemas = components['schemas'];
export type CustomerSession = Schemas['CustomerSession'];
export type CustomerProfile = Schemas['CustomerProfile'];
export type RegisterCustomerRequest = Schemas['RegisterCustomerRequest'];
export type UpdateCustomerProfileRequest = Schemas['UpdateCustomerProfileRequest'];
export type CustomerOrderList = Schemas['CustomerOrderList'];
export type CustomerOrderSummary = Schemas['OrderSummary'];
export type EmailVerified = Schemas['EmailVerified'];
export type EmailChangeRequested = Schemas['EmailChangeRequested'];

export function customersApi(api: Client<paths>) {
  return {
    async register(body: RegisterCustomerRequest): Promise<CustomerSession> {
      return unwrap(await api.POST('/customers/register', { body }));
    },
    async login(body: { email: string; password: string }): Promise<CustomerSession> {
      return unwrap(await api.POST('/customers/login', { body }));
    },
    /** Exchanges a refresh token (it works once) for new tokens of the same login. */
    async refresh(refreshToken: string): Promise<CustomerSession> {
      return unwrap(await api.POST('/customers/refresh', { body: { refreshToken } }));
    },
    async verifyEmail(token: string): Promise<EmailVerified> {
      return unwrap(await api.POST('/customers/verify-email', { body: { token } }));
    },
    /**
     * Opens the link mailed to a new address: the account moves to it. Made through the
     * signed-in client of that account, this login stays; otherwise every login ends.
     */
    async confirmEmailChange(token: string): Promise<EmailVerified> {
      return unwrap(await api.POST('/customers/email-change/confirm', { body: { token } }));
    },
    async requestPasswordReset(email: string): Promise<void> {
      expectSuccess(await api.POST('/customers/password-reset', { body: { email } }));
    },
    async resetPassword(token: string, newPassword: string): Promise<void> {
      expectSuccess(await api.POST('/customers/password-reset/confirm', { body: { token, newPassword } }));
    },
    async me(signal?: AbortSignal): Promise<CustomerProfile> {
      return unwrap(await api.GET('/me', signal ? { signal } : {}));
    },
    async updateMe(body: UpdateCustomerProfileRequest): Promise<CustomerProfile> {
      return unwrap(await api.PATCH('/me', { body }));
    },
    async changePassword(body: { currentPassword: string; newPassword: string }): Promise<void> {
      expectSuccess(await api.POST('/me/password', { body }));
    },
    /** Sends a confirmation link to `newEmail`; the account keeps its email until it is opened. */
    async changeEmail(body: { newEmail: string; currentPassword: string }): Promise<EmailChangeRequested> {
      return unwrap(await api.POST('/me/email', { body }));
    },
    async resendVerification(): Promise<void> {
      expectSuccess(await api.POST('/me/verification-email'));
    },
    async logout(): Promise<void> {
      expectSuccess(await api.POST('/me/logout'));
    },
    async logoutEverywhere(): Promise<void> {
      expectSuccess(await api.POST('/me/logout-all'));
    },
    async myOrders(query: { limit?: number; cursor?: string; lang?: 'ru' | 'en' | 'zh' } = {}, signal?: AbortSignal): Promise<CustomerOrderList> {
      return unwrap(await api.GET('/me/orders', { params: { query }, ...(signal ? { signal } : {}) }));
    },
  };
}
