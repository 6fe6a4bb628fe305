import type { DataSource } from 'typeorm';
import type { Logger } from '../../platform/logger';
import type { WorkflowHooks } from '../../platform/workflow/workflow';
import { CheckoutService } from './checkout.service';
import { OrderTokens } from './order-tokens';
import { OrderViews } from './order-view';
import { OrderOwnership } from './order-ownership';
import { UnpaidOrders } from './unpaid-orders';
import type { SeatingModule } from '../seating/seating.module';
import type { TicketsService } from '../tickets/tickets.service';

export interface OrdersModule {
  checkout: CheckoutService;
  views: OrderViews;
  tokens: OrderTokens;
  unpaid: UnpaidOrders;
  /** Which customer account owns an order: linking, history, access. */
  ownership: OrderOwnership;
}

export function createOrdersModule(deps: {
  db: DataSource;
  seating: SeatingModule;
  tickets: TicketsService;
  secret: string;
  paymentWindowSeconds: number;
  logger: Logger;
  /** Fault injection around the checkout's steps (tests). */
  workflowHooks?: WorkflowHooks | undefined;
}): OrdersModule {
  const views = new OrderViews(deps.db, deps.tickets);
  const tokens = new OrderTokens(deps.secret);
  return {
    views,
    tokens,
    unpaid: new UnpaidOrders(deps.db, deps.seating, deps.logger),
    ownership: new OrderOwnership(deps.db),
    checkout: new CheckoutService(deps.db, views, tokens, { paymentWindowSeconds: deps.paymentWindowSeconds }, deps.logger, deps.workflowHooks),
  };
}
