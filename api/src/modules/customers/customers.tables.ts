/**
 * The tables the customers module owns: only its own files read or write them; another module
 * calls its functions (checked by modules/table-ownership.test.ts).
 */
export const CUSTOMERS_TABLES = ['customer', 'customer_token'] as const;
