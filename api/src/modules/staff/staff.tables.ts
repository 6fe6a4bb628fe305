/**
 * The tables the staff module owns: only its own files read or write them; another module
 * calls its functions (checked by modules/table-ownership.test.ts).
 */
export const STAFF_TABLES = ['staff_permission', 'staff_user'] as const;
