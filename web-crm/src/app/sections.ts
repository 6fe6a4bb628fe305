import type { Permission } from '../auth/permissions';

/** The menu: each CRM section, where it lives and what a user needs to see it. */
export const MENU = [
  { key: 'orders', path: '/orders', needs: 'orders:read' },
  { key: 'boarding', path: '/boarding', needs: 'orders:read' },
  { key: 'catalog', path: '/catalog', needs: 'catalog:read' },
  { key: 'users', path: '/users', needs: 'users:read' },
  { key: 'settings', path: '/settings', needs: 'settings:read' },
  { key: 'audit', path: '/audit', needs: 'audit:read' },
] as const satisfies ReadonlyArray<{ key: string; path: string; needs: Permission }>;

export type MenuKey = (typeof MENU)[number]['key'];

/** The first section the user may open: where `/admin/` lands. */
export function homePath(can: (permission: Permission) => boolean): string | null {
  return MENU.find((item) => can(item.needs))?.path ?? null;
}
