import type { Context } from 'hono';
import type { PermissionSet, Role } from './permissions';
import { StaffErrors } from './staff.errors';

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

declare module 'hono' {
  interface ContextVariableMap {
    /** Set by the permission middleware on every /admin route that needs a sign-in. */
    staff: StaffPrincipal | undefined;
  }
}

/** The signed-in staff member; only on routes whose permission is not `public`. */
export function currentStaff(c: Context): StaffPrincipal {
  const staff = c.get('staff');
  if (!staff) throw StaffErrors.authenticationRequired();
  return staff;
}
