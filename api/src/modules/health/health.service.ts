import type { DataSource } from 'typeorm';

const READINESS_TIMEOUT_MS = 2_000;

/** Liveness is the process answering; readiness is the database answering in time. */
export class HealthService {
  constructor(private readonly db: DataSource) {}

  async databaseReady(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), READINESS_TIMEOUT_MS);
    });
    const probe = this.db
      .query('SELECT 1')
      .then(() => true)
      .catch(() => false);
    try {
      return await Promise.race([probe, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
