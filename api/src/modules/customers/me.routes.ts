import { createRoute } from '@hono/zod-openapi';
import { jsonBody, jsonResponse } from '../../platform/http/openapi-content';
import { problemResponses } from '../../platform/http/problem-responses';
import { CUSTOMER_SECURITY } from './customer-auth';
import {
  AcceptedSchema,
  ChangeEmailBody,
  ChangePasswordBody,
  CustomerProfileSchema,
  EmailChangeRequestedSchema,
  MyOrdersQuery,
  MyOrdersSchema,
  UpdateProfileBody,
} from './customers.schemas';

/** The logged-in customer's own account: `Authorization: Bearer <customer access token>`. */

export const getMyProfileRoute = createRoute({
  method: 'get',
  path: '/me',
  operationId: 'getMyProfile',
  tags: ['customers'],
  summary: 'My profile',
  security: CUSTOMER_SECURITY,
  responses: { 200: jsonResponse(CustomerProfileSchema, 'The profile'), ...problemResponses(401) },
});

export const updateMyProfileRoute = createRoute({
  method: 'patch',
  path: '/me',
  operationId: 'updateMyProfile',
  tags: ['customers'],
  summary: 'Change my name, phone, language or messenger (only the fields sent change; null clears)',
  security: CUSTOMER_SECURITY,
  request: { body: jsonBody(UpdateProfileBody) },
  responses: { 200: jsonResponse(CustomerProfileSchema, 'The profile as it is now'), ...problemResponses(400, 401) },
});

export const changeMyPasswordRoute = createRoute({
  method: 'post',
  path: '/me/password',
  operationId: 'changeMyPassword',
  tags: ['customers'],
  summary: 'Change my password; my other logins end, this one stays',
  security: CUSTOMER_SECURITY,
  request: { body: jsonBody(ChangePasswordBody) },
  responses: { 204: { description: 'Changed' }, ...problemResponses(400, 401, 403, 429) },
});

export const changeMyEmailRoute = createRoute({
  method: 'post',
  path: '/me/email',
  operationId: 'changeMyEmail',
  tags: ['customers'],
  summary: 'Move my account to another email: a link goes to the new address, the old one is told; the email changes when the link is opened',
  security: CUSTOMER_SECURITY,
  request: { body: jsonBody(ChangeEmailBody) },
  responses: { 202: jsonResponse(EmailChangeRequestedSchema, 'The link is on its way to the new address'), ...problemResponses(400, 401, 403, 409, 429) },
});

export const resendVerificationRoute = createRoute({
  method: 'post',
  path: '/me/verification-email',
  operationId: 'resendVerificationEmail',
  tags: ['customers'],
  summary: 'Send the email-confirmation link again (a few times an hour)',
  security: CUSTOMER_SECURITY,
  responses: { 202: jsonResponse(AcceptedSchema, 'On its way'), ...problemResponses(401, 409, 429) },
});

export const logoutRoute = createRoute({
  method: 'post',
  path: '/me/logout',
  operationId: 'logoutCustomer',
  tags: ['customers'],
  summary: 'Log out of this login (its refresh and access tokens stop working)',
  security: CUSTOMER_SECURITY,
  responses: { 204: { description: 'Logged out' }, ...problemResponses(401) },
});

export const logoutEverywhereRoute = createRoute({
  method: 'post',
  path: '/me/logout-all',
  operationId: 'logoutCustomerEverywhere',
  tags: ['customers'],
  summary: 'Log out on every device',
  security: CUSTOMER_SECURITY,
  responses: { 204: { description: 'Every login ended' }, ...problemResponses(401) },
});

export const listMyOrdersRoute = createRoute({
  method: 'get',
  path: '/me/orders',
  operationId: 'listMyOrders',
  tags: ['customers'],
  summary: 'My orders, newest first: guest orders with my confirmed email and those I placed logged in',
  security: CUSTOMER_SECURITY,
  request: { query: MyOrdersQuery },
  responses: { 200: jsonResponse(MyOrdersSchema, 'One page of orders'), ...problemResponses(400, 401) },
});
