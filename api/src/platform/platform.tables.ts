/**
 * Tables of the platform, not of a module: the outbox and its consumers' dedup, workflow runs,
 * refresh sessions (shared by staff and customers) and the migration runner's own record.
 * Modules reach them only through platform functions (checked by
 * modules/table-ownership.test.ts).
 */
export const PLATFORM_TABLES = ['auth_session', 'outbox', 'processed_message', 'schema_migration', 'workflow_run'] as const;
