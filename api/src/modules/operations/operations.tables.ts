/** The operations module owns no tables: dead jobs are the job platform's outbox rows, read and revived through its functions. */
export const OPERATIONS_TABLES = [] as const;
