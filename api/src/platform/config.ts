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
  return {
    ...config,
    PUBLIC_BASE_URL: config.PUBLIC_BASE_URL ?? `http://localhost:${config.PORT}`,
    DEMO_CATALOG: config.DEMO_CATALOG ?? config.NODE_ENV !== 'production',
  };
}
