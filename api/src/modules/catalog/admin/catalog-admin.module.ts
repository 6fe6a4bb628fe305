import type { DataSource } from 'typeorm';
import type { Bus } from '../../../platform/bus/bus';
import type { Logger } from '../../../platform/logger';
import type { WorkflowHooks } from '../../../platform/workflow/workflow';
import type { AuditService } from '../../audit/audit.service';
import type { OrdersModule } from '../../orders/orders.module';
import type { RefundService } from '../../refunds/refund.service';
import type { SeatingModule } from '../../seating/seating.module';
import { PlacesService } from './places.service';
import { SailingCancellation } from './sailing-cancellation';
import { SailingsService } from './sailings.service';
import { SettingsService } from './settings.service';
import { TicketTypesService } from './ticket-types.service';
import { VesselsService } from './vessels.service';

/** Catalog management and settings in the CRM. */
export interface CatalogAdminModule {
  places: PlacesService;
  ticketTypes: TicketTypesService;
  vessels: VesselsService;
  sailings: SailingsService;
  cancellation: SailingCancellation;
  settings: SettingsService;
}

export async function createCatalogAdminModule(deps: {
  db: DataSource;
  bus: Bus;
  audit: AuditService;
  seating: SeatingModule;
  orders: OrdersModule;
  refunds: RefundService;
  /** The object seating reads the hold TTL from; settings change it in place. */
  seatingSettings: { holdTtlSeconds: number };
  defaults: { holdTtlSeconds: number; paymentWindowSeconds: number };
  logger: Logger;
  /** Fault injection around the cancellation's steps (the crash tests). */
  workflowHooks?: WorkflowHooks | undefined;
}): Promise<CatalogAdminModule> {
  const settings = new SettingsService(deps.db, deps.bus, deps.audit, deps.seatingSettings, deps.defaults, deps.logger);
  await settings.start();
  return {
    places: new PlacesService(deps.db, deps.audit),
    ticketTypes: new TicketTypesService(deps.db, deps.audit),
    vessels: new VesselsService(deps.db, deps.audit, deps.seating.sailings),
    sailings: new SailingsService(deps.db, deps.audit, deps.seating.sailings),
    cancellation: new SailingCancellation(deps.db, deps.audit, deps.orders, deps.refunds, deps.seating.sailings, deps.logger, deps.workflowHooks),
    settings,
  };
}
