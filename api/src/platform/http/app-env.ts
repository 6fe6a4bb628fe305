import type { Logger } from '../logger';
import type { Services } from '../../services';

/** Typed `c.var` for every router of the API. */
export interface AppEnv {
  Variables: {
    requestId: string;
    logger: Logger;
    services: Services;
  };
}
