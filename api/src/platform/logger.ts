import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logger. Each request gets a child logger carrying its request id.
 *
 * @example
 * const logger = createLogger('info');
 * logger.child({ requestId }).info({ status: 200 }, 'request completed');
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'prichal-api' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: ['req.headers.authorization', 'req.headers.cookie'],
  });
}
