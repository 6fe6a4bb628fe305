/**
 * The tables the orders module owns: only its own files read or write them; another module
 * calls its functions (checked by modules/table-ownership.test.ts).
 */
export const ORDERS_TABLES = ['order_line', 'order_status_history', 'orders', 'promo_code', 'promo_redemption'] as const;
