import type { Schemas } from '@prichal/sdk';

export type StaffMe = Schemas['StaffMe'];
export type StaffUser = Schemas['StaffUser'];
export type Permission = Schemas['StaffPermission'];
export type Section = Schemas['StaffSection'];
export type Access = 'read' | 'write';
export type Grants = Schemas['StaffGrants'];

/** The CRM's sections in the order settings list them (the API's StaffSection enum). */
export const SECTIONS = [
  'catalog', 'orders', 'refunds', 'customers', 'support', 'suppliers', 'reports', 'documents', 'settings', 'users', 'audit',
] as const satisfies readonly Section[];

/**
 * Whether the signed-in user may do `permission`. The server decides on every call; this only
 * keeps menus and buttons to what would be allowed.
 */
export function can(me: Pick<StaffMe, 'permissions'> | null | undefined, permission: Permission): boolean {
  return me?.permissions.includes(permission) ?? false;
}
