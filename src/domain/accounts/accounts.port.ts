import type { Role } from './access';
import type { Session, User } from './user';

export interface UserListItem extends Omit<User, 'passwordHash'> {
  unitName: string;
}

export interface UserRepository {
  get(id: string): Promise<User | null>;
  getByUsername(username: string): Promise<User | null>;
  find(query: {
    withinPath: string;
    search?: string;
    unitId?: string;
    limit: number;
  }): Promise<UserListItem[]>;
  insert(user: User): Promise<void>;
  update(
    id: string,
    patch: Partial<
      Pick<
        User,
        | 'displayName'
        | 'email'
        | 'role'
        | 'unitId'
        | 'passwordHash'
        | 'active'
        | 'failedLogins'
        | 'lockedUntil'
      >
    >,
    at: Date,
  ): Promise<User | null>;
  count(): Promise<number>;
  /**
   * Counts a sign-in attempt in one atomic statement and answers its number (1, 2…), or null
   * when the account is locked or inactive. A lock that has run out starts the count afresh;
   * the attempt numbered `max` sets `lockedUntil` in the same statement, so parallel attempts
   * past it see the lock.
   */
  reserveLoginAttempt(
    id: string,
    at: Date,
    rule: { max: number; lockedUntil: Date },
  ): Promise<number | null>;
  /** Forgets the counted attempts and any lock (after a right password). */
  clearLoginAttempts(id: string, at: Date): Promise<void>;
}

export interface SessionRepository {
  insert(session: Session): Promise<void>;
  /** The session with its user and the user's unit path, when unexpired and the user active. */
  getActive(
    id: string,
    now: Date,
  ): Promise<{ session: Session; user: User; unitPath: string } | null>;
  delete(id: string): Promise<void>;
  deleteForUser(userId: string, exceptId?: string): Promise<void>;
}

/** Password hashing (argon2id in production); a port so the domain stays free of native code. */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
}

export type { Role };

/** Session tokens: a random secret for the cookie and the hash under which it is stored. */
export interface SessionTokens {
  newToken(): string;
  idOf(token: string): string;
}
