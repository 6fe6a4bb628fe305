import type { DataSource } from 'typeorm';
import type { Logger } from '../../platform/logger';
import { CheckoutService } from './checkout.service';
import { OrderTokens } from './order-tokens';
import { OrderViews } from './order-view';

export interface OrdersModule {
  checkout: CheckoutService;
  views: OrderViews;
  tokens: OrderTokens;
}

export function createOrdersModule(deps: { db: DataSource; secret: string; paymentWindowSeconds: number; logger: Logger }): OrdersModule {
  const views = new OrderViews(deps.db);
  const tokens = new OrderTokens(deps.secret);
  return {
    views,
    tokens,
    checkout: new CheckoutService(deps.db, views, tokens, { paymentWindowSeconds: deps.paymentWindowSeconds }, deps.logger),
  };
}
