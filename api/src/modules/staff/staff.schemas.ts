import { z } from '@hono/zod-openapi';
import { ACCESS_LEVELS, ALL_PERMISSIONS, SECTIONS } from './permissions';

export const SectionSchema = z.enum(SECTIONS).openapi('StaffSection', { description: 'A CRM section' });
export const AccessSchema = z.enum(ACCESS_LEVELS).openapi('StaffAccess', { description: '`write` includes `read`' });
export const PermissionSchema = z.enum(ALL_PERMISSIONS as [string, ...string[]]).openapi('StaffPermission');
export const RoleSchema = z.enum(['administrator', 'manager']).openapi('StaffRole');

export const GrantsSchema = z
  .partialRecord(SectionSchema, AccessSchema)
  .openapi('StaffGrants', { description: "A Manager's access per section; sections not named are hidden. Empty for administrators (they hold everything)." });

const Email = z.email({ message: 'must be an e-mail address' }).max(254);

export const StaffMeSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    role: RoleSchema,
    mustChangePassword: z.boolean().openapi({ description: 'Until the password is changed, only the `self` routes answer' }),
    grants: GrantsSchema,
    permissions: z.array(PermissionSchema).openapi({ description: 'Everything this user may do, for showing only allowed menus and buttons' }),
  })
  .openapi('StaffMe');

export const StaffSessionSchema = z
  .object({
    accessToken: z.string().openapi({ description: 'Bearer token for /admin routes (JWT, audience staff)' }),
    accessTokenExpiresIn: z.number().int().positive().openapi({ description: 'Seconds' }),
    refreshToken: z.string().openapi({ description: 'Exchange at /admin/auth/refresh; each one works once' }),
    refreshTokenExpiresAt: z.string().openapi({ format: 'date-time' }),
    user: StaffMeSchema,
  })
  .openapi('StaffSession');

export const LoginBody = z
  .object({ email: Email, password: z.string().min(1).max(200) })
  .openapi('StaffLoginRequest');

export const RefreshBody = z.object({ refreshToken: z.string().min(20).max(200) }).openapi('StaffRefreshRequest');

export const ChangePasswordBody = z
  .object({ currentPassword: z.string().min(1).max(200), newPassword: z.string().min(1).max(200) })
  .openapi('StaffChangePasswordRequest');

export const StaffUserSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    role: RoleSchema,
    active: z.boolean(),
    mustChangePassword: z.boolean(),
    grants: GrantsSchema,
    permissions: z.array(PermissionSchema),
    lastLoginAt: z.string().nullable().openapi({ format: 'date-time' }),
    createdAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('StaffUser');

export const StaffUserListSchema = z
  .object({ items: z.array(StaffUserSchema), sections: z.array(SectionSchema) })
  .openapi('StaffUserList');

export const CreateStaffUserBody = z
  .object({
    email: Email,
    name: z.string().trim().min(1).max(200),
    role: RoleSchema,
    password: z.string().min(1).max(200).openapi({ description: 'A first password; the user must change it at the first sign-in' }),
    grants: GrantsSchema.optional(),
  })
  .openapi('CreateStaffUserRequest');

export const UpdateStaffUserBody = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    role: RoleSchema.optional(),
    active: z.boolean().optional().openapi({ description: 'false ends every login of the user at once' }),
  })
  .openapi('UpdateStaffUserRequest');

export const SetGrantsBody = z.object({ grants: GrantsSchema }).openapi('SetStaffGrantsRequest');

export const ResetPasswordBody = z
  .object({ password: z.string().min(1).max(200).openapi({ description: 'A temporary password; the user must change it at the next sign-in' }) })
  .openapi('ResetStaffPasswordRequest');

export const UserParams = z.object({ userId: z.uuid({ message: 'must be a staff user id' }).openapi({ param: { name: 'userId', in: 'path' } }) });
