/**
 * The tables the refunds module owns: only its own files read or write them; another module
 * calls its functions (checked by modules/table-ownership.test.ts).
 */
export const REFUNDS_TABLES = ['refund', 'refund_ticket'] as const;
