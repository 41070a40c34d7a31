import type { FileStorage } from '../../domain/content/content.port';
import type { Config } from '../config';
import { localStorage, memoryStorage } from './local-storage';
import { s3Storage } from './s3-storage';

/** The storage adapter the configuration asks for; in memory when none is given (tools, benchmarks). */
export function storageOf(config: Config['storage'] | undefined): FileStorage {
  if (!config) return memoryStorage();
  switch (config.kind) {
    case 'local':
      return localStorage(config.dir);
    case 's3':
      return s3Storage(config);
  }
}
