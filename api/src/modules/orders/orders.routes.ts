import { createRoute } from '@hono/zod-openapi';
import { problemResponses } from '../../platform/http/problem-responses';
import { CheckoutBody, CheckoutResultSchema, IdempotencyHeader, OrderAccessQuery, OrderParams, OrderSchema } from './orders.schemas';

const json = <T>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });

export const createOrderRoute = createRoute({
  method: 'post',
  path: '/orders',
  operationId: 'createOrder',
  tags: ['orders'],
  summary: "Order the session's held seats or places (status PENDING, seats held through the payment window)",
  request: { headers: IdempotencyHeader, body: { required: true, content: { 'application/json': { schema: CheckoutBody } } } },
  responses: {
    201: json(CheckoutResultSchema, 'The order, with the token that opens it'),
    200: json(CheckoutResultSchema, 'The order an earlier request with this Idempotency-Key made'),
    ...problemResponses(400, 404, 409, 422),
  },
});

export const getOrderRoute = createRoute({
  method: 'get',
  path: '/orders/{id}',
  operationId: 'getOrder',
  tags: ['orders'],
  summary: 'An order, for its buyer (the access token from checkout)',
  request: { params: OrderParams, query: OrderAccessQuery },
  responses: { 200: json(OrderSchema, 'The order'), ...problemResponses(400, 404) },
});
