import type { DataSource } from 'typeorm';
import type { Logger } from '../../platform/logger';
import type { AccessTokens } from '../../platform/auth/access-tokens';
import type { RateLimiter } from '../../platform/auth/rate-limiter';
import { LoginThrottle } from '../../platform/auth/login-throttle';
import { RefreshSessions } from '../../platform/auth/refresh-sessions';
import type { AuditService } from '../audit/audit.service';
import { StaffAuthService } from './staff-auth.service';
import { StaffDirectory } from './staff-directory';
import { StaffUsersService } from './staff-users.service';

export interface StaffModule {
  auth: StaffAuthService;
  users: StaffUsersService;
  sessions: RefreshSessions;
}

export function createStaffModule(deps: {
  db: DataSource;
  tokens: AccessTokens;
  limiter: RateLimiter;
  refreshTtlSeconds: number;
  audit: AuditService;
  logger: Logger;
}): StaffModule {
  const directory = new StaffDirectory(deps.db);
  const sessions = new RefreshSessions(deps.db, 'staff', deps.refreshTtlSeconds);
  const throttle = new LoginThrottle(deps.limiter, 'staff');
  return {
    sessions,
    auth: new StaffAuthService(deps.db, directory, deps.tokens, sessions, throttle, deps.audit, deps.logger),
    users: new StaffUsersService(deps.db, directory, sessions, deps.audit),
  };
}
