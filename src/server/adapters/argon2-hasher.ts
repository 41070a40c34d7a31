import { hash, verify } from '@node-rs/argon2';
import type { PasswordHasher } from '../../domain/accounts/accounts.port';

// Algorithm 2 is argon2id; OWASP's minimum profile (19 MiB, 2 passes) keeps logins fast on 2 cores.
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const argon2Hasher: PasswordHasher = {
  hash: (password) => hash(password, OPTIONS),
  verify: async (stored, password) => {
    try {
      return await verify(stored, password);
    } catch {
      return false;
    }
  },
};
