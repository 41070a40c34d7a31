import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import { writeBackup } from '../db/backup';
import type { Db } from '../db/database';

/** Beside the lock in the PGlite folder: where the owner takes backups, and the key to ask. */
export const CHANNEL_FILE = 'backup-channel.json';

export interface BackupChannelInfo {
  pid: number;
  port: number;
  token: string;
}

/** The channel the running owner of `folder` announced, or null. */
export function readBackupChannel(folder: string): BackupChannelInfo | null {
  try {
    const info = JSON.parse(readFileSync(join(folder, CHANNEL_FILE), 'utf8')) as BackupChannelInfo;
    return Number.isInteger(info.pid) && Number.isInteger(info.port) && info.token ? info : null;
  } catch {
    return null;
  }
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

function authorised(request: IncomingMessage, token: string): boolean {
  if (!LOOPBACK.has(request.socket.remoteAddress ?? '')) return false;
  const given = Buffer.from(request.headers.authorization ?? '');
  const wanted = Buffer.from(`Bearer ${token}`);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

/**
 * Lets `loa backup` ask the process that owns an embedded database for a dump, instead of
 * opening its folder a second time (which corrupts it). Reachable only from this machine
 * (it listens on 127.0.0.1, apart from the app's port and its proxies) and only with a key made
 * at each start and written to a file only the folder's owner can read: whoever can read it can
 * read the database files anyway.
 */
export async function openBackupChannel(opts: {
  folder: string;
  db: Db;
  filesDir: string | null;
  log: FastifyBaseLogger;
}): Promise<{ close: () => Promise<void> }> {
  const token = randomBytes(32).toString('base64url');
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (!authorised(request, token)) return void response.writeHead(401).end();
    if (request.method !== 'GET' || url.pathname !== '/backup')
      return void response.writeHead(404).end();
    const withFiles = url.searchParams.get('files') !== '0';
    response.writeHead(200, { 'content-type': 'application/x-ndjson; charset=utf-8' });
    writeBackup(opts.db, response, { filesDir: withFiles ? opts.filesDir : null }).then(
      (summary) => {
        opts.log.info({ backup: summary }, 'backup taken for loa backup');
        response.end();
      },
      (error: unknown) => {
        opts.log.error({ err: error }, 'backup failed');
        // Cut short: the client sees no last line and keeps nothing.
        response.destroy();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const file = join(opts.folder, CHANNEL_FILE);
  const temp = `${file}.${process.pid}.part`;
  writeFileSync(temp, JSON.stringify({ pid: process.pid, port, token }), { mode: 0o600 });
  renameSync(temp, file);
  const forget = (): void => {
    if (readBackupChannel(opts.folder)?.token === token) rmSync(file, { force: true });
  };
  process.once('exit', forget);
  return {
    close: async () => {
      process.off('exit', forget);
      forget();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
