import type { SessionRepository, UserRepository } from './accounts.port';

export interface AccountsRepos {
  users: UserRepository;
  sessions: SessionRepository;
}
