/**
 * The admin-settings module owns no tables. The CRM settings screens edit other modules' data through their services; nothing is stored
 * here.
 */
export const ADMIN_SETTINGS_TABLES = [] as const;
