/**
 * The fiscal module owns no tables: 54-FZ receipts are built from other modules' data and
 * travel with the payment.
 */
export const FISCAL_TABLES = [] as const;
