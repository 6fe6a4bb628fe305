import type { DataSource } from 'typeorm';
import type { Config } from './platform/config';
import type { Logger } from './platform/logger';
import type { Bus } from './platform/bus/bus';
import { CatalogService } from './modules/catalog/catalog.service';
import { RecentTakenPlaces } from './modules/catalog/recent-taken-places';
import { ResponseCache } from './platform/http/response-cache';
import { HealthService } from './modules/health/health.service';
import { createSeatingModule, type SeatingModule } from './modules/seating/seating.module';
import type { SupplierSeatLocks } from './modules/seating/supplier-seat-locks';
import { createOrdersModule, type OrdersModule } from './modules/orders/orders.module';
import { TicketSigner } from './modules/tickets/ticket-signer';
import { TicketsService } from './modules/tickets/tickets.service';
import { PaymentsService } from './modules/payments/payments.service';
import type { PaymentSetup } from './modules/payments/payment-setup';
import { RefundService } from './modules/refunds/refund.service';
import { AccessTokens } from './platform/auth/access-tokens';
import { createRateLimiter, type RateLimiter } from './platform/auth/rate-limiter';
import { createCustomersModule, type CustomersModule } from './modules/customers/customers.module';
import { DocumentsService } from './modules/documents/documents.service';
import { RequisitesService } from './modules/documents/requisites.service';
import { API_BASE_PATH } from './platform/http/base-path';
import { createNotificationsModule, type NotificationConfig, type NotificationsModule } from './modules/notifications/notifications.module';
import type { OrderAttachmentSource, RecipientPreferences } from './modules/notifications/notification-ports';
import { AuditService } from './modules/audit/audit.service';
import { createStaffModule, type StaffModule } from './modules/staff/staff.module';
import { createAdminOrdersModule, type AdminOrdersModule } from './modules/orders/admin/admin-orders.module';
import { orderDocumentsPort } from './modules/documents/order-documents.port';
import { orderNotificationsPort } from './modules/notifications/order-notifications.port';
import { createCatalogAdminModule, type CatalogAdminModule } from './modules/catalog/admin/catalog-admin.module';
import { RequisitesAdmin } from './modules/documents/admin/requisites-admin.service';
import { DeadJobsAdmin } from './modules/operations/dead-jobs.service';
import type { WorkflowHooks } from './platform/workflow/workflow';

/** Every module's service, built once per process and reached by handlers as `c.var.services`. */
export interface Services {
  catalog: CatalogService;
  /** The catalog's public answers, shared for a moment; CRM changes clear it. */
  catalogResponses: ResponseCache;
  health: HealthService;
  seating: SeatingModule;
  orders: OrdersModule;
  tickets: { service: TicketsService; signer: TicketSigner };
  payments: { service: PaymentsService; senders: PaymentSetup['senders'] };
  refunds: RefundService;
  /** What customer and staff logins are built from. */
  auth: { tokens: AccessTokens; limiter: RateLimiter; refreshTtlSeconds: number };
  customers: CustomersModule;
  documents: { service: DocumentsService; requisites: RequisitesService; requisitesAdmin: RequisitesAdmin };
  notifications: NotificationsModule;
  /** The append-only audit trail of staff actions. */
  audit: AuditService;
  /** CRM staff: sign-in, accounts and permissions. */
  staff: StaffModule;
  /** The CRM's orders console. */
  adminOrders: AdminOrdersModule;
  /** The CRM's catalog management and settings. */
  catalogAdmin: CatalogAdminModule;
  /** Running the system: the jobs that failed for good. */
  operations: { deadJobs: DeadJobsAdmin };
}

// Handlers see these as `c.var.services`: the HTTP env declares an empty AppServices and learns
// its members here, so platform/http needs no import of this file (which imports every module).
declare module './platform/http/app-env' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merging, not a new type
  interface AppServices extends Services {}
}

export interface ServiceDependencies {
  db: DataSource;
  bus: Bus;
  config: Pick<Config, 'HOLD_TTL_SECONDS' | 'MAX_SEATS_PER_SESSION' | 'SUPPLIER_TIMEOUT_MS' | 'SSE_HEARTBEAT_MS' |
    'ORDER_PAYMENT_WINDOW_SECONDS' | 'PUBLIC_BASE_URL' | 'ACCESS_TOKEN_TTL_SECONDS' | 'REFRESH_TOKEN_TTL_DAYS' |
    'REDIS_URL' | 'BUS_PREFIX' | 'CATALOG_PLACES_MAX_AGE_MS' | 'CATALOG_RESPONSE_MAX_AGE_MS' | 'REGISTRATIONS_PER_IP_PER_HOUR'> & NotificationConfig;
  /** Signs order tokens and tickets. */
  secret: string;
  payments: Pick<PaymentSetup, 'gateway' | 'senders'>;
  supplier: SupplierSeatLocks;
  logger: Logger;
  /** "Now" for business rules such as the 24-hour refund cutoff (tests move it). */
  clock?: () => Date;
  /** Tests of the notifications alone replace the accounts' preferences or the documents. */
  recipients?: RecipientPreferences;
  attachments?: OrderAttachmentSource;
  /** Fault injection around every workflow step (the crash tests). */
  workflowHooks?: WorkflowHooks;
}

export async function createServices(deps: ServiceDependencies): Promise<Services> {
  // Kept by reference: the CRM's settings change the hold TTL in place, without a restart.
  const seatingSettings = {
    holdTtlSeconds: deps.config.HOLD_TTL_SECONDS,
    maxSeatsPerSession: deps.config.MAX_SEATS_PER_SESSION,
    supplierTimeoutMs: deps.config.SUPPLIER_TIMEOUT_MS,
    heartbeatMs: deps.config.SSE_HEARTBEAT_MS,
    maxBufferedBytes: 256 * 1024,
    replayEntries: 512,
    batchMs: 75,
  };
  const seating = await createSeatingModule({
    db: deps.db,
    bus: deps.bus,
    supplier: deps.supplier,
    logger: deps.logger,
    settings: seatingSettings,
  });
  const signer = new TicketSigner(deps.secret);
  const tickets = new TicketsService(deps.db, signer);
  const orders = createOrdersModule({
    db: deps.db,
    seating,
    tickets,
    secret: deps.secret,
    paymentWindowSeconds: deps.config.ORDER_PAYMENT_WINDOW_SECONDS,
    logger: deps.logger,
  });
  const clock = deps.clock ?? (() => new Date());
  const refunds = new RefundService(deps.db, deps.payments.gateway, orders, seating, clock, deps.logger, deps.workflowHooks);
  const payments = new PaymentsService(deps.db, deps.payments.gateway, orders, seating, refunds, {
    publicBaseUrl: deps.config.PUBLIC_BASE_URL,
  }, deps.logger);
  const auth = {
    tokens: new AccessTokens(deps.secret, deps.config.ACCESS_TOKEN_TTL_SECONDS),
    limiter: createRateLimiter({ redisUrl: deps.config.REDIS_URL, prefix: deps.config.BUS_PREFIX }),
    refreshTtlSeconds: deps.config.REFRESH_TOKEN_TTL_DAYS * 86_400,
  };
  // "Places left" on catalog pages may be seconds old; the seat map is live.
  const catalog = new CatalogService(deps.db, new RecentTakenPlaces(seating.status, deps.config.CATALOG_PLACES_MAX_AGE_MS));
  const customers = createCustomersModule({
    db: deps.db, auth, orders: orders.ownership, publicBaseUrl: deps.config.PUBLIC_BASE_URL, clock: deps.clock,
    registrationsPerIpPerHour: deps.config.REGISTRATIONS_PER_IP_PER_HOUR,
  });
  const audit = new AuditService(deps.db);
  const documents = createDocuments(deps, tickets, audit);
  const notifications = createNotificationsModule({
    db: deps.db,
    orders,
    catalog,
    refunds,
    config: deps.config,
    recipients: deps.recipients ?? customers.recipients,
    attachments: deps.attachments ?? documents.service,
    payments,
    clock,
    logger: deps.logger,
    audit,
  });
  return {
    catalog,
    catalogResponses: new ResponseCache(deps.config.CATALOG_RESPONSE_MAX_AGE_MS),
    health: new HealthService(deps.db),
    seating,
    orders,
    tickets: { service: tickets, signer },
    payments: { service: payments, senders: deps.payments.senders },
    refunds,
    auth,
    customers,
    documents,
    notifications,
    audit,
    staff: createStaffModule({ db: deps.db, ...auth, audit, logger: deps.logger }),
    adminOrders: createAdminOrdersModule({
      db: deps.db, orders, payments, refunds, audit, seating, logger: deps.logger, clock: deps.clock ?? (() => new Date()),
      documents: orderDocumentsPort(documents.service, `${deps.config.PUBLIC_BASE_URL}${API_BASE_PATH}`),
      notifications: orderNotificationsPort(notifications.records),
    }),
    catalogAdmin: await createCatalogAdminModule({
      db: deps.db, bus: deps.bus, audit, seating, orders, refunds, seatingSettings, logger: deps.logger, workflowHooks: deps.workflowHooks,
      defaults: { holdTtlSeconds: deps.config.HOLD_TTL_SECONDS, paymentWindowSeconds: deps.config.ORDER_PAYMENT_WINDOW_SECONDS },
    }),
    operations: { deadJobs: new DeadJobsAdmin(deps.db, audit) },
  };
}

function createDocuments(deps: ServiceDependencies, tickets: TicketsService, audit: AuditService): Services['documents'] {
  const requisites = new RequisitesService(deps.db);
  return {
    service: new DocumentsService(deps.db, requisites, tickets, deps.clock ?? (() => new Date()), deps.logger, `${deps.config.PUBLIC_BASE_URL}${API_BASE_PATH}`),
    requisites,
    requisitesAdmin: new RequisitesAdmin(deps.db, audit, requisites),
  };
}
