import { z } from 'zod';

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
  /** Heartbeat comment interval on seat streams. */
  SSE_HEARTBEAT_MS: z.coerce.number().int().min(1_000).max(120_000).default(15_000),
});

export type Config = z.infer<typeof configSchema> & {
  PUBLIC_BASE_URL: string;
  DEMO_CATALOG: boolean;
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
  if (config.NODE_ENV === 'production' && !config.APP_SECRET) {
    throw new ConfigError('Invalid configuration:\n  APP_SECRET: is required in production');
  }
  return {
    ...config,
    PUBLIC_BASE_URL: config.PUBLIC_BASE_URL ?? `http://localhost:${config.PORT}`,
    DEMO_CATALOG: config.DEMO_CATALOG ?? config.NODE_ENV !== 'production',
  };
}
