/**
 * The tables the payments module owns: only its own files read or write them; another module
 * calls its functions (checked by modules/table-ownership.test.ts).
 */
export const PAYMENTS_TABLES = ['payment_notification'] as const;
