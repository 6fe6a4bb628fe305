import type { DataSource } from 'typeorm';
import type { Config } from '../../platform/config';
import type { Logger } from '../../platform/logger';
import type { AuditService } from '../audit/audit.service';
import type { CatalogService } from '../catalog/catalog.service';
import type { OrdersModule } from '../orders/orders.module';
import type { RefundService } from '../refunds/refund.service';
import { createMailer, type Mailer } from './mailer';
import { MessageRenderer } from './message-renderer';
import { createMessengers } from './messengers/create-messengers';
import { NotificationDelivery } from './notification-delivery';
import { NotificationLog } from './notification-log';
import type { OrderAttachmentSource, PaymentPageSource, RecipientPreferences } from './notification-ports';
import { NotificationRecords } from './notification-records';
import { NotificationTemplates } from './notification-templates.service';
import { NotificationService } from './notification.service';
import { OrderMessageData } from './order-message-data';
import { ReminderScheduler } from './reminder-scheduler';
import { TemplatesAdmin } from './admin/templates-admin.service';

export interface NotificationsModule {
  service: NotificationService;
  /** Message templates, for the CRM. */
  templates: NotificationTemplates;
  /** The CRM's editing of them, audited. */
  templatesAdmin: TemplatesAdmin;
  /** What was sent, for the CRM. */
  records: NotificationRecords;
  /** Writes the departure reminders' jobs; the workers start it. */
  reminders: ReminderScheduler;
  mailer: Mailer;
  close(): void;
}

export type NotificationConfig = Pick<Config, 'PUBLIC_BASE_URL' | 'DATA_DIR' | 'SMTP_URL' | 'MAIL_FROM' | 'MAX_BOT_TOKEN' | 'MAX_API_URL' |
  'TELEGRAM_BOT_TOKEN' | 'TELEGRAM_API_URL' | 'WHATSAPP_ACCESS_TOKEN' | 'WHATSAPP_PHONE_NUMBER_ID' | 'WHATSAPP_API_URL' | 'WHATSAPP_TEMPLATE_PREFIX'>;

/** A claimed message record is left to its worker this long: well past the mail and messenger time-outs. */
const SEND_LEASE_MS = 3 * 60_000;

export function createNotificationsModule(deps: {
  db: DataSource;
  orders: OrdersModule;
  catalog: CatalogService;
  refunds: RefundService;
  config: NotificationConfig;
  /** The customers module's account preferences. */
  recipients: RecipientPreferences;
  /** The documents module's attachments. */
  attachments: OrderAttachmentSource;
  /** The payments module's payment pages (payment links). */
  payments: PaymentPageSource;
  clock: () => Date;
  logger: Logger;
  audit: AuditService;
}): NotificationsModule {
  const { config } = deps;
  const templates = new NotificationTemplates(deps.db);
  const mailer = createMailer({ smtpUrl: config.SMTP_URL, from: config.MAIL_FROM, dataDir: config.DATA_DIR });
  const messengers = createMessengers({
    dataDir: config.DATA_DIR,
    max: { token: config.MAX_BOT_TOKEN, baseUrl: config.MAX_API_URL },
    telegram: { token: config.TELEGRAM_BOT_TOKEN, baseUrl: config.TELEGRAM_API_URL },
    whatsapp: {
      token: config.WHATSAPP_ACCESS_TOKEN, phoneNumberId: config.WHATSAPP_PHONE_NUMBER_ID, baseUrl: config.WHATSAPP_API_URL,
      templatePrefix: config.WHATSAPP_TEMPLATE_PREFIX,
    },
  });
  const delivery = new NotificationDelivery(new NotificationLog(deps.db, SEND_LEASE_MS), mailer, messengers, domainOf(config.MAIL_FROM), deps.logger);
  const service = new NotificationService({
    data: new OrderMessageData({ orders: deps.orders, catalog: deps.catalog, refunds: deps.refunds, publicBaseUrl: config.PUBLIC_BASE_URL, clock: deps.clock }),
    renderer: new MessageRenderer(templates),
    delivery,
    recipients: deps.recipients,
    attachments: deps.attachments,
    payments: deps.payments,
    clock: deps.clock,
    logger: deps.logger,
  });
  return {
    service,
    templates,
    templatesAdmin: new TemplatesAdmin(deps.db, deps.audit, templates),
    records: new NotificationRecords(deps.db),
    reminders: new ReminderScheduler(deps.db, deps.clock, deps.logger),
    mailer,
    close: () => mailer.close(),
  };
}

/** The sender's domain, for Message-IDs. */
function domainOf(from: string): string {
  return /@([^>\s]+)/.exec(from)?.[1] ?? 'prichal.local';
}
