/**
 * CRM sections and the permissions on them. A Manager holds `read` or `write` per section
 * (write includes read); an Administrator holds everything by role.
 */
export const SECTIONS = [
  'catalog', 'orders', 'refunds', 'customers', 'support', 'suppliers', 'reports', 'documents', 'settings', 'users', 'audit',
] as const;
export type Section = (typeof SECTIONS)[number];

export const ACCESS_LEVELS = ['read', 'write'] as const;
export type Access = (typeof ACCESS_LEVELS)[number];

/** `orders:read`, `catalog:write`, … */
export type SectionPermission = `${Section}:${Access}`;

/**
 * What a route needs: a section permission, or one of two pseudo-permissions — `public` (no
 * sign-in: login, refresh) and `self` (any signed-in staff member, even one who must change
 * the password first: who am I, change my password, log out).
 */
export type RoutePermission = SectionPermission | 'public' | 'self';

export type Role = 'administrator' | 'manager';

/** A Manager's grants, section by section; sections not named are not visible to them. */
export type PermissionSet = Partial<Record<Section, Access>>;

export const ALL_PERMISSIONS: readonly SectionPermission[] = SECTIONS.flatMap((s) => ACCESS_LEVELS.map((a) => `${s}:${a}` as const));

export function isRoutePermission(value: unknown): value is RoutePermission {
  return value === 'public' || value === 'self' || (typeof value === 'string' && (ALL_PERMISSIONS as readonly string[]).includes(value));
}

export function parsePermission(permission: SectionPermission): { section: Section; access: Access } {
  const [section, access] = permission.split(':') as [Section, Access];
  return { section, access };
}

/** Whether `role` with `grants` may do what `permission` names. */
export function allows(role: Role, grants: PermissionSet, permission: SectionPermission): boolean {
  if (role === 'administrator') return true;
  const { section, access } = parsePermission(permission);
  const granted = grants[section];
  return granted === 'write' || (granted === 'read' && access === 'read');
}

/** Every permission a role and grant set add up to, for the CRM to show only what is allowed. */
export function effectivePermissions(role: Role, grants: PermissionSet): SectionPermission[] {
  return ALL_PERMISSIONS.filter((p) => allows(role, grants, p));
}
