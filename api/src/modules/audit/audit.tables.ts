/**
 * The tables the audit module owns: only its own files read or write them; another module
 * calls its functions (checked by modules/table-ownership.test.ts).
 */
export const AUDIT_TABLES = ['audit_log'] as const;
