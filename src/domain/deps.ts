import type { PasswordHasher, SessionTokens } from './accounts/accounts.port';
import type { Mailer } from './notifications/notifications.port';
import type { FileStorage, SpeechSynthesizer } from './content/content.port';
import type { Repos, UnitOfWork } from './ports';
import type { FileParsers } from './shared/file-parsers.port';
import type { CertificateVault } from './documents/documents.port';
import type { ChangeFeed, Clock, IdGenerator } from './shared/ports';

/**
 * Everything a use case may need. Each one takes a narrow part of it: the ports it uses
 * (`Pick<Deps, 'clock' | 'ids'>`) and the repositories it uses (`Reads<…>` or `Writes<…>`), never
 * `repos` or `uow` whole, so its signature says what it touches.
 */
export interface Deps {
  repos: Repos;
  uow: UnitOfWork;
  clock: Clock;
  ids: IdGenerator;
  hasher: PasswordHasher;
  mailer: Mailer | null;
  tokens: SessionTokens;
  /** Uploaded files (content, screenshots): a local folder or S3-compatible storage. */
  storage: FileStorage;
  /** Text-to-speech for machine-read announcements (may report itself unavailable). */
  speech: SpeechSynthesizer;
  /** Tells caches (the portal) what changed. */
  changes: ChangeFeed;
  /** Reads uploaded files off the event loop, capped in time and memory. */
  parsers: FileParsers;
  /** Reads and seals units' signing certificates. */
  vault: CertificateVault;
  /** Roots a signed PDF may chain to, configured for this installation (PEM). */
  trustedRootsPem: readonly string[];
}

/** The repositories a use case reads, and only those. */
export interface Reads<R extends keyof Repos> {
  repos: Pick<Repos, R>;
}

/** The repositories a use case reads and writes; its transaction hands it the same ones. */
export interface Writes<R extends keyof Repos> extends Reads<R> {
  uow: UnitOfWork<Pick<Repos, R>>;
}
