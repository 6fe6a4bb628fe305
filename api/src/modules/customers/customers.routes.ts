import { createRoute } from '@hono/zod-openapi';
import { jsonBody, jsonResponse } from '../../platform/http/openapi-content';
import { problemResponses } from '../../platform/http/problem-responses';
import { CUSTOMER_SECURITY } from './customer-auth';
import {
  AcceptedSchema,
  ConfirmEmailChangeBody,
  CustomerSessionSchema,
  EmailVerifiedSchema,
  LoginBody,
  PasswordResetBody,
  PasswordResetRequestBody,
  RefreshBody,
  RegisterBody,
  VerifyEmailBody,
} from './customers.schemas';

/** Account flows for people who are not logged in (yet). */

export const registerCustomerRoute = createRoute({
  method: 'post',
  path: '/customers/register',
  operationId: 'registerCustomer',
  tags: ['customers'],
  summary: 'Open a customer account (logged in at once; a link to confirm the email is sent)',
  description: 'One client IP may open `REGISTRATIONS_PER_IP_PER_HOUR` accounts an hour (20 by default); then 429 with Retry-After.',
  request: { body: jsonBody(RegisterBody) },
  responses: {
    201: jsonResponse(CustomerSessionSchema, 'The new account, logged in'),
    ...problemResponses(400, 409, 429),
  },
});

export const loginCustomerRoute = createRoute({
  method: 'post',
  path: '/customers/login',
  operationId: 'loginCustomer',
  tags: ['customers'],
  summary: 'Log in with email and password',
  description: 'Repeated failures pause the account, and many attempts pause the client IP: 429 with Retry-After.',
  request: { body: jsonBody(LoginBody) },
  responses: {
    200: jsonResponse(CustomerSessionSchema, 'Logged in'),
    ...problemResponses(400, 401, 429),
  },
});

export const refreshCustomerSessionRoute = createRoute({
  method: 'post',
  path: '/customers/refresh',
  operationId: 'refreshCustomerSession',
  tags: ['customers'],
  summary: 'Exchange a refresh token for new tokens (each refresh token works once)',
  description: 'Presenting a refresh token that was already exchanged ends that login: it has leaked.',
  request: { body: jsonBody(RefreshBody) },
  responses: {
    200: jsonResponse(CustomerSessionSchema, 'New tokens for the same login'),
    ...problemResponses(400, 401),
  },
});

export const verifyCustomerEmailRoute = createRoute({
  method: 'post',
  path: '/customers/verify-email',
  operationId: 'verifyCustomerEmail',
  tags: ['customers'],
  summary: 'Confirm the email address with the emailed link; orders placed with it join the account',
  request: { body: jsonBody(VerifyEmailBody) },
  responses: {
    200: jsonResponse(EmailVerifiedSchema, 'Confirmed'),
    ...problemResponses(400, 422),
  },
});

export const confirmEmailChangeRoute = createRoute({
  method: 'post',
  path: '/customers/email-change/confirm',
  operationId: 'confirmEmailChange',
  tags: ['customers'],
  summary: 'Open the link sent to the new address: the account moves to it and every other login ends',
  description:
    'With the access token of the same account, that login stays; without one, every login of the account ends. ' +
    'A token that is sent but invalid or ended gets 401 `invalid_access_token` and changes nothing: renew it and repeat.',
  security: [...CUSTOMER_SECURITY, {}],
  request: { body: jsonBody(ConfirmEmailChangeBody) },
  responses: {
    200: jsonResponse(EmailVerifiedSchema, 'The account has the new, confirmed email'),
    ...problemResponses(400, 401, 409, 422),
  },
});

export const requestPasswordResetRoute = createRoute({
  method: 'post',
  path: '/customers/password-reset',
  operationId: 'requestPasswordReset',
  tags: ['customers'],
  summary: 'Email a password-reset link (valid one hour); the answer is the same whether or not the account exists',
  request: { body: jsonBody(PasswordResetRequestBody) },
  responses: {
    202: jsonResponse(AcceptedSchema, 'Taken'),
    ...problemResponses(400, 429),
  },
});

export const resetPasswordRoute = createRoute({
  method: 'post',
  path: '/customers/password-reset/confirm',
  operationId: 'resetPassword',
  tags: ['customers'],
  summary: 'Set a new password with the emailed link; every login of the account ends',
  request: { body: jsonBody(PasswordResetBody) },
  responses: {
    204: { description: 'Password changed; log in with it' },
    ...problemResponses(400, 422),
  },
});
