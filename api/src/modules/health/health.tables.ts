/** The health module owns no tables: it only asks the database whether it answers. */
export const HEALTH_TABLES = [] as const;
