import { createHash, randomBytes } from 'node:crypto';
import type { SessionTokens } from '../../domain/accounts/accounts.port';

export const sessionTokens: SessionTokens = {
  newToken: () => randomBytes(32).toString('base64url'),
  idOf: (token) => createHash('sha256').update(token).digest('hex'),
};
