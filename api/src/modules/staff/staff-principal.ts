import type { PermissionSet, Role } from './permissions';

/** The signed-in staff member of a CRM request, as the permission middleware found them. */
export interface StaffPrincipal {
  id: string;
  email: string;
  name: string;
  role: Role;
  grants: PermissionSet;
  mustChangePassword: boolean;
  /** The login (refresh-token family) the access token belongs to. */
  sessionId: string;
}
