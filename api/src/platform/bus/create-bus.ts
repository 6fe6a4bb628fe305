import type { Logger } from '../logger';
import { InProcessBus, type Bus } from './bus';
import { RedisBus } from './redis-bus';

/** Redis pub/sub when REDIS_URL is set (several processes), otherwise in-process. */
export async function createBus(options: { redisUrl?: string | undefined; prefix: string; logger: Logger }): Promise<Bus> {
  if (!options.redisUrl) return new InProcessBus();
  const bus = new RedisBus(options.redisUrl, options.prefix, options.logger);
  await bus.ready();
  return bus;
}
