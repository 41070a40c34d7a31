import type { Role } from './access';

export interface User {
  id: string;
  unitId: string;
  username: string;
  displayName: string;
  email: string | null;
  role: Role;
  passwordHash: string;
  active: boolean;
  failedLogins: number;
  lockedUntil: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface Session {
  /** SHA-256 of the cookie token; the token itself is never stored. */
  id: string;
  userId: string;
  createdAt: Date;
  expiresAt: Date;
}

/** Failed logins allowed before the account is locked, and for how long. */
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;
export const SESSION_DAYS = 14;
export const MIN_PASSWORD_LENGTH = 10;

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,63}$/;
