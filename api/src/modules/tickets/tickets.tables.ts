/**
 * The tables the tickets module owns: only its own files read or write them; another module
 * calls its functions (checked by modules/table-ownership.test.ts).
 */
export const TICKETS_TABLES = ['ticket'] as const;
