import type { DataSource } from 'typeorm';
import { CatalogService } from './modules/catalog/catalog.service';
import { HealthService } from './modules/health/health.service';

/** Every module's service, built once per process and reached by handlers as `c.var.services`. */
export interface Services {
  catalog: CatalogService;
  health: HealthService;
}

export function createServices(db: DataSource): Services {
  return {
    catalog: new CatalogService(db),
    health: new HealthService(db),
  };
}
