import { z } from 'zod';
import { isIpOrCidr } from './http/ip-list';

/**
 * Environment variables the API understands. Every variable is validated at start-up, so a
 * typo stops the process with a message naming the variable instead of failing later.
 */
const booleanFlag = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Public origin used in links the API hands out (payment return URLs, e-mails). */
  PUBLIC_BASE_URL: z.url().optional(),
  /** PostgreSQL 15+. Unset → an embedded PostgreSQL (PGlite) persisted under DATA_DIR. */
  DATABASE_URL: z.url().optional(),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  REDIS_URL: z.url().optional(),
  AMQP_URL: z.url().optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Load the St Petersburg demo catalog once into an empty database. */
  DEMO_CATALOG: booleanFlag.optional(),
  /** Serve the built SPAs (web-shop at /, web-crm at /admin/) from the API process. */
  SERVE_SPA: booleanFlag.default(true),
  /** Prefix of Redis channels, so several deployments can share one Redis. */
  BUS_PREFIX: z.string().regex(/^[a-z0-9_.:-]{1,64}$/i).default('prichal'),
  /** How long a seat or place hold lasts (15 minutes, as most ticketing systems use). */
  HOLD_TTL_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),
  /** Most seats (or GA places) one session may hold on one sailing. */
  MAX_SEATS_PER_SESSION: z.coerce.number().int().min(1).max(50).default(10),
  /** How often the seatLockCleaner frees lapsed holds. */
  SEAT_CLEANER_INTERVAL_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  /** How long a supplier may take to answer a seat lock before the request fails with 503. */
  SUPPLIER_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(3_000),
  /**
   * Signs order access tokens and ticket QR codes. Required in production; elsewhere a random
   * one is made per data directory (see main.ts).
   */
  APP_SECRET: z.string().min(32, { message: 'must be at least 32 characters' }).optional(),
  /** How long a buyer has to pay once the order is created; the seats stay held meanwhile. */
  ORDER_PAYMENT_WINDOW_SECONDS: z.coerce.number().int().min(60).max(86_400).default(1_200),
  /** YooKassa shop credentials. Unset outside production → the built-in emulator at /yookassa. */
  YOOKASSA_SHOP_ID: z.string().min(1).optional(),
  YOOKASSA_SECRET_KEY: z.string().min(1).optional(),
  YOOKASSA_API_URL: z.url().default('https://api.yookassa.ru/v3/'),
  /** Comma-separated IPs and CIDRs webhooks may come from (production); default: YooKassa's published ranges. */
  YOOKASSA_WEBHOOK_IPS: z.string().min(1).optional(),
  /** 54-FZ: how tickets are sold on the receipt — the accountant's choice. */
  RECEIPT_PAYMENT_MODE: z.enum(['full_payment', 'full_prepayment']).default('full_payment'),
  /** 54-FZ tax system code (1 ОСН … 6 patent); omitted from receipts when unset. */
  RECEIPT_TAX_SYSTEM_CODE: z.coerce.number().int().min(1).max(6).optional(),
  /**
   * Comma-separated IPs/CIDRs of our own reverse proxies: from these, X-Forwarded-For names the
   * client. Unset → the socket's peer is the client (no proxy in front).
   */
  TRUSTED_PROXIES: z
    .string()
    .refine((value) => value.split(',').every((entry) => isIpOrCidr(entry)), { message: 'must be comma-separated IP addresses or CIDR ranges' })
    .transform((value) => value.split(',').map((entry) => entry.trim()))
    .optional(),
  /** Lifetime of customer and staff access tokens (JWT); short, because they cannot be recalled. */
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(900),
  /** Lifetime of a refresh token; each refresh rotates it. */
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /**
   * The first CRM administrator, created on the first start when there is no staff user. Without
   * them: admin@prichal.local with a generated password printed once. Changed at first sign-in.
   */
  ADMIN_EMAIL: z.email({ message: 'must be an e-mail address' }).optional(),
  ADMIN_PASSWORD: z.string().min(10, { message: 'must be at least 10 characters' }).max(200).optional(),
  /**
   * Accounts one client IP may open per hour: registering mails a confirmation link to any
   * address typed, so unlimited registration would let anyone mail-bomb strangers from us.
   */
  REGISTRATIONS_PER_IP_PER_HOUR: z.coerce.number().int().min(1).max(100_000).default(20),
  /** How old the "places left" on catalog pages may be (the seat map itself is live). */
  CATALOG_PLACES_MAX_AGE_MS: z.coerce.number().int().min(0).max(60_000).default(3_000),
  /**
   * How long this process shares one read of a public catalog answer among the visitors asking
   * for it (0: every request reads); the CRM's catalog changes clear it at once.
   */
  CATALOG_RESPONSE_MAX_AGE_MS: z.coerce.number().int().min(0).max(60_000).default(1_000),
  /** Heartbeat comment interval on seat streams. */
  SSE_HEARTBEAT_MS: z.coerce.number().int().min(1_000).max(120_000).default(15_000),
  /** Background jobs: attempts before a job is dead-lettered, and the first retry's delay (doubling). */
  JOB_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  /** Background jobs one process runs at once (each holds a database connection while it runs). */
  JOB_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  JOB_RETRY_BASE_MS: z.coerce.number().int().min(10).max(600_000).default(5_000),
  /** How often the outbox relay looks for new jobs. */
  OUTBOX_RELAY_INTERVAL_MS: z.coerce.number().int().min(10).max(60_000).default(1_000),
  /** How often departure reminders (24 h and 2 h before) are scheduled. */
  REMINDER_INTERVAL_MS: z.coerce.number().int().min(100).max(3_600_000).default(60_000),
  /** Outgoing mail server, e.g. smtp://user:pass@host:587. Unset → .eml files under DATA_DIR/mail. */
  SMTP_URL: z.string().regex(/^smtps?:\/\/\S+$/, { message: 'must be an smtp:// or smtps:// URL' }).optional(),
  /** The From of every email; default: Причал <noreply@host of PUBLIC_BASE_URL>. */
  MAIL_FROM: z.string().min(3).optional(),
  /** Messengers; one without a token writes its messages under DATA_DIR/messages instead. */
  MAX_BOT_TOKEN: z.string().min(1).optional(),
  MAX_API_URL: z.url().default('https://platform-api2.max.ru'),
  TELEGRAM_BOT_TOKEN: z.string().min(1).optional(),
  TELEGRAM_API_URL: z.url().default('https://api.telegram.org'),
  WHATSAPP_ACCESS_TOKEN: z.string().min(1).optional(),
  WHATSAPP_PHONE_NUMBER_ID: z.string().regex(/^\d+$/).optional(),
  WHATSAPP_API_URL: z.url().default('https://graph.facebook.com/v21.0'),
  /** WhatsApp template names are this prefix + the message type (order_confirmation…), approved at Meta. */
  WHATSAPP_TEMPLATE_PREFIX: z.string().regex(/^[a-z0-9_]*$/).default('prichal_'),
  /** Self-hosted Matomo the shop reports page views, the funnel and orders to; unset → no tracking. */
  MATOMO_URL: z.url().optional(),
  MATOMO_SITE_ID: z.coerce.number().int().positive().optional(),
});

export type Config = z.infer<typeof configSchema> & {
  PUBLIC_BASE_URL: string;
  DEMO_CATALOG: boolean;
  MAIL_FROM: string;
};

/** Thrown when the environment is invalid; the message names every offending variable. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Parses and validates configuration from an environment object.
 *
 * @example
 * const config = loadConfig(process.env); // throws ConfigError naming e.g. "PORT"
 */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = configSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (issue) => `  ${issue.path.join('.')}: ${issue.message}`,
    );
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const config = parsed.data;
  if (Boolean(config.YOOKASSA_SHOP_ID) !== Boolean(config.YOOKASSA_SECRET_KEY)) {
    throw new ConfigError('Invalid configuration:\n  YOOKASSA_SECRET_KEY: set YOOKASSA_SHOP_ID and YOOKASSA_SECRET_KEY together');
  }
  if (Boolean(config.MATOMO_URL) !== Boolean(config.MATOMO_SITE_ID)) {
    throw new ConfigError('Invalid configuration:\n  MATOMO_SITE_ID: set MATOMO_URL and MATOMO_SITE_ID together');
  }
  if (config.NODE_ENV === 'production' && !config.APP_SECRET) {
    throw new ConfigError('Invalid configuration:\n  APP_SECRET: is required in production');
  }
  if (Boolean(config.WHATSAPP_ACCESS_TOKEN) !== Boolean(config.WHATSAPP_PHONE_NUMBER_ID)) {
    throw new ConfigError('Invalid configuration:\n  WHATSAPP_PHONE_NUMBER_ID: set WHATSAPP_ACCESS_TOKEN and WHATSAPP_PHONE_NUMBER_ID together');
  }
  const publicBaseUrl = config.PUBLIC_BASE_URL ?? `http://localhost:${config.PORT}`;
  return {
    ...config,
    PUBLIC_BASE_URL: publicBaseUrl,
    DEMO_CATALOG: config.DEMO_CATALOG ?? config.NODE_ENV !== 'production',
    MAIL_FROM: config.MAIL_FROM ?? `Причал <noreply@${new URL(publicBaseUrl).hostname}>`,
  };
}
