import { createRoute } from '@hono/zod-openapi';
import { jsonBody, jsonResponse } from '../../platform/http/openapi-content';
import { problemResponses } from '../../platform/http/problem-responses';
import { CheckoutBody, CheckoutResultSchema, IdempotencyHeader, OrderAccessQuery, OrderParams, OrderSchema } from './orders.schemas';

export const createOrderRoute = createRoute({
  method: 'post',
  path: '/orders',
  operationId: 'createOrder',
  tags: ['orders'],
  summary: "Order the session's held seats or places (status PENDING, seats held through the payment window)",
  description:
    'Guests need no account. With a customer access token (`Authorization: Bearer`) the order belongs to that account; ' +
    'a guest order whose email belongs to a confirmed account joins that account.',
  request: { headers: IdempotencyHeader, body: jsonBody(CheckoutBody) },
  responses: {
    201: jsonResponse(CheckoutResultSchema, 'The order, with the token that opens it'),
    200: jsonResponse(CheckoutResultSchema, 'The order an earlier request with this Idempotency-Key made'),
    ...problemResponses(400, 401, 404, 409, 422),
  },
});

export const getOrderRoute = createRoute({
  method: 'get',
  path: '/orders/{id}',
  operationId: 'getOrder',
  tags: ['orders'],
  summary: 'An order, for its buyer: the access token from checkout, or the login of the account that owns it',
  request: { params: OrderParams, query: OrderAccessQuery },
  responses: { 200: jsonResponse(OrderSchema, 'The order'), ...problemResponses(400, 404) },
});
