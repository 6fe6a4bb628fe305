/**
 * The tables the notifications module owns: only its own files read or write them; another module
 * calls its functions (checked by modules/table-ownership.test.ts).
 */
export const NOTIFICATIONS_TABLES = ['notification', 'notification_reminder', 'notification_template'] as const;
