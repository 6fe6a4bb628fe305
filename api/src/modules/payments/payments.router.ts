import { createRouter } from '../../platform/http/router';
import { startPaymentRoute, yookassaWebhookRoute } from './payments.routes';
import { PaymentErrors } from './payments.errors';
import { authorizeOrderAccess } from '../orders/order-access';
import { clientIp } from '../../platform/http/client-ip';

export const paymentsRouter = createRouter()
  .openapi(startPaymentRoute, async (c) => {
    const { orderId, accessToken } = c.req.valid('json');
    await authorizeOrderAccess(c, orderId, accessToken ?? null);
    c.header('Cache-Control', 'no-store');
    return c.json(await c.var.services.payments.service.start(orderId), 200);
  })
  .openapi(yookassaWebhookRoute, async (c) => {
    const { service, senders } = c.var.services.payments;
    const remoteIp = clientIp(c);
    // In production only YooKassa's published addresses may notify; elsewhere the emulator does.
    if (senders && !senders.allows(remoteIp ?? undefined)) throw PaymentErrors.forbiddenSender();
    const outcome = await service.handleNotification(c.req.valid('json'), remoteIp);
    return c.json({ received: true as const, outcome }, 200);
  });
