import type { DataSource } from 'typeorm';
import { sqlClientOf, type Queryable, type SqlClient } from '../../platform/db/sql-client';
import type { PermissionSet, Role } from './permissions';

/** A staff account as the CRM shows it (never the password hash). */
export interface StaffAccount {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  mustChangePassword: boolean;
  grants: PermissionSet;
  lastLoginAt: Date | null;
  createdAt: Date;
}

interface AccountRow {
  id: string; email: string; name: string; role: Role; active: boolean; must_change_password: boolean; grants: PermissionSet;
  last_login_at: Date | null; created_at: Date; password_hash: string;
}

const SELECT_ACCOUNT = `
  SELECT u.id, u.email, u.name, u.role, u.active, u.must_change_password, u.last_login_at, u.created_at, u.password_hash,
         COALESCE((SELECT jsonb_object_agg(p.section, p.access) FROM staff_permission p WHERE p.user_id = u.id), '{}'::jsonb) AS grants
    FROM staff_user u`;

/** Reads staff accounts with their permission grants, in one statement. */
export class StaffDirectory {
  private readonly sql: SqlClient;

  constructor(db: DataSource) {
    this.sql = sqlClientOf(db);
  }

  async byId(id: string, tx: Queryable = this.sql): Promise<StaffAccount | null> {
    const [row] = (await tx.query(`${SELECT_ACCOUNT} WHERE u.id = $1`, [id])) as AccountRow[];
    return row ? toAccount(row) : null;
  }

  /** The account and its password hash, for a login. */
  async withPassword(email: string): Promise<(StaffAccount & { passwordHash: string }) | null> {
    const [row] = await this.sql.query<AccountRow>(`${SELECT_ACCOUNT} WHERE u.email = $1`, [email.trim().toLowerCase()]);
    return row ? { ...toAccount(row), passwordHash: row.password_hash } : null;
  }

  async list(tx: Queryable = this.sql): Promise<StaffAccount[]> {
    const rows = (await tx.query(`${SELECT_ACCOUNT} ORDER BY u.active DESC, u.role, u.name, u.id`)) as AccountRow[];
    return rows.map(toAccount);
  }
}

function toAccount(row: AccountRow): StaffAccount {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    active: row.active,
    mustChangePassword: row.must_change_password,
    grants: row.role === 'administrator' ? {} : row.grants,
    lastLoginAt: row.last_login_at,
    createdAt: row.created_at,
  };
}
