import type { Logger } from '../../../platform/logger';
import type { SeatingModule } from '../../seating/seating.module';
import { AdminOrdersService, type AdminOrdersDeps } from './admin-orders.service';
import { PromoCodesService } from './promo-codes.service';
import { StaffCheckout } from './staff-checkout';

export interface AdminOrdersModule {
  service: AdminOrdersService;
  checkout: StaffCheckout;
  /** The CRM's promo codes. */
  promoCodes: PromoCodesService;
}

export function createAdminOrdersModule(deps: AdminOrdersDeps & { seating: SeatingModule; logger: Logger }): AdminOrdersModule {
  const service = new AdminOrdersService(deps);
  return {
    service,
    checkout: new StaffCheckout(deps.db, deps.seating, deps.orders, deps.payments, deps.audit, deps.notifications, service.views, deps.logger),
    promoCodes: new PromoCodesService(deps.db, deps.audit),
  };
}
