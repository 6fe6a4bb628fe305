import { createRoute, z } from '@hono/zod-openapi';
import { jsonBody, jsonResponse } from '../../platform/http/openapi-content';
import { problemResponses } from '../../platform/http/problem-responses';

export const StartPaymentBody = z
  .object({
    orderId: z.uuid({ message: 'must be an order id' }),
    accessToken: z.string().min(20).max(100).optional().openapi({
      description: 'The order access token from checkout; not needed with the owning customer’s `Authorization: Bearer` token',
    }),
  })
  .openapi('StartPaymentRequest');

export const PaymentStartedSchema = z
  .object({
    orderId: z.uuid(),
    paymentId: z.string(),
    status: z.string(),
    confirmationUrl: z.string().openapi({ description: "Send the buyer here to pay (YooKassa's payment page)" }),
  })
  .openapi('PaymentStarted');

export const startPaymentRoute = createRoute({
  method: 'post',
  path: '/payments/yookassa/create',
  operationId: 'startPayment',
  tags: ['payments'],
  summary: 'Start paying for an order through YooKassa (the full amount, with the 54-FZ receipt)',
  request: { body: jsonBody(StartPaymentBody) },
  responses: { 200: jsonResponse(PaymentStartedSchema, 'Where to send the buyer'), ...problemResponses(400, 404, 409, 502, 503) },
});

export const yookassaWebhookRoute = createRoute({
  method: 'post',
  path: '/payments/yookassa/webhook',
  operationId: 'receiveYooKassaNotification',
  tags: ['payments'],
  summary: 'YooKassa HTTP notifications (the payment is re-fetched; the body is never trusted)',
  request: { body: jsonBody(z.record(z.string(), z.unknown()).openapi({ description: '{type: "notification", event, object}' })) },
  responses: {
    200: jsonResponse(z.object({ received: z.literal(true), outcome: z.string() }).openapi('NotificationReceipt'), 'Handled (or nothing to do)'),
    ...problemResponses(400, 403, 502, 503),
  },
});
