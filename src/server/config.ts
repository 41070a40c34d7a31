import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import type { ParseLimits } from './adapters/parse-pool';
import { DEMO_CERTIFICATE_KEY } from './adapters/certificate-vault';

const ConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.url().optional(),
  DATABASE_READ_URL: z
    .url()
    .optional()
    .describe('a read replica of DATABASE_URL; the public portal reads through it'),
  LOA_REPLICA_LAG_MS: z.coerce.number().int().min(0).default(5000),
  LOA_PRERENDER_MB: z.coerce
    .number()
    .int()
    .min(0)
    .default(512)
    .describe('memory for portal election pages rendered ahead (about 4 KB each, gzipped); 0: off'),
  LOA_TRUST_PROXY: z
    .string()
    .default('loopback')
    .describe('proxies allowed to set X-Forwarded-For: addresses/CIDRs, or true'),
  LOA_CDN_PURGE_URL: z
    .url()
    .optional()
    .describe('POST {"tags": [...]} here when portal pages change (a CDN tag purge)'),
  LOA_DATA_DIR: z.string().default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SMTP_URL: z.url().optional().describe('smtp://user:pass@host:port; e-mail is off without it'),
  MAIL_FROM: z.string().default('Loa <no-reply@loa.local>'),
  LOA_DEMO: z
    .enum(['auto', 'off'])
    .default('auto')
    .describe('auto: seed the demo world into an empty database'),
  LOA_STORAGE: z
    .enum(['local', 's3'])
    .default('local')
    .describe('local: files under LOA_DATA_DIR/files; s3: an S3-compatible bucket'),
  LOA_S3_ENDPOINT: z.url().optional(),
  LOA_S3_BUCKET: z.string().optional(),
  LOA_S3_REGION: z.string().default('us-east-1'),
  LOA_S3_ACCESS_KEY_ID: z.string().optional(),
  LOA_S3_SECRET_ACCESS_KEY: z.string().optional(),
  LOA_ESPEAK: z.string().default('espeak-ng').describe('the espeak-ng program for text-to-speech'),
  LOA_PDF_CONCURRENCY: z.coerce
    .number()
    .int()
    .min(1)
    .max(8)
    .default(1)
    .describe('how many LibreOffice PDF conversions run at once; the others wait in a queue'),
  LOA_CERTIFICATE_KEY: z
    .string()
    .refine((v) => Buffer.from(v, 'base64').length === 32, 'cần 32 byte viết dạng base64')
    .optional()
    .describe(
      "the key (32 bytes, base64) that seals units' signing certificates; without it, a production server keeps none",
    ),
  LOA_TRUSTED_ROOTS: z
    .string()
    .optional()
    .describe('a PEM file of root certificates a signed PDF may chain to, besides the demo CA'),
  LOA_JOBS_INTERVAL_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .max(86_400)
    .default(3600)
    .describe('how often each instance runs the scheduled jobs (reminders, digests)'),
  LOA_PARSE_THREADS: z.coerce
    .number()
    .int()
    .min(1)
    .max(64)
    .optional()
    .describe(
      'worker threads that read uploaded files (default: one less than the cores, at most 2)',
    ),
  LOA_PARSE_TIME_LIMIT_SECONDS: z.coerce
    .number()
    .min(0.1)
    .max(600)
    .default(15)
    .describe('longest one uploaded file may take to read before it is refused as too complex'),
  LOA_PARSE_HEAP_MB: z.coerce
    .number()
    .int()
    .min(128)
    .max(16_384)
    .default(512)
    .describe('heap of each file-reading worker; a file that needs more is refused as too complex'),
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(10 * 1024 * 1024),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl: string | undefined;
  /** A read replica for the portal, and how far behind it may run. */
  databaseReadUrl: string | undefined;
  replicaLagMs: number;
  prerenderMb: number;
  cdnPurgeUrl: string | undefined;
  /** Fastify's trustProxy: true, or addresses/CIDRs/`loopback`. */
  trustProxy: boolean | string;
  dataDir: string;
  logLevel: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  demo: boolean;
  bodyLimit: number;
  /** Seconds between two runs of the scheduled jobs on this instance. */
  jobsIntervalSeconds: number;
  /** Where uploaded files live. */
  storage:
    | { kind: 'local'; dir: string }
    | {
        kind: 's3';
        endpoint: string;
        bucket: string;
        region: string;
        accessKeyId: string;
        secretAccessKey: string;
      };
  espeakBinary: string;
  /** Seals units' signing certificates; null: this server keeps none (production without a key). */
  certificateKey: Buffer | null;
  /** Roots (PEM) that "Kiểm tra chữ ký số" trusts, from LOA_TRUSTED_ROOTS. */
  trustedRootsPem: string[];
  /** LibreOffice conversions running at once; more wait their turn. */
  pdfConcurrency: number;
  /** Caps of the worker pool that reads uploaded files. */
  parse: Partial<ParseLimits>;
}

function storageConfig(c: z.infer<typeof ConfigSchema>): Config['storage'] {
  if (c.LOA_STORAGE === 'local') return { kind: 'local', dir: resolve(c.LOA_DATA_DIR, 'files') };
  const { LOA_S3_ENDPOINT, LOA_S3_BUCKET, LOA_S3_ACCESS_KEY_ID, LOA_S3_SECRET_ACCESS_KEY } = c;
  if (!LOA_S3_ENDPOINT || !LOA_S3_BUCKET || !LOA_S3_ACCESS_KEY_ID || !LOA_S3_SECRET_ACCESS_KEY)
    throw new Error(
      'Cấu hình không hợp lệ:\n  LOA_STORAGE=s3 cần LOA_S3_ENDPOINT, LOA_S3_BUCKET, LOA_S3_ACCESS_KEY_ID, LOA_S3_SECRET_ACCESS_KEY',
    );
  return {
    kind: 's3',
    endpoint: LOA_S3_ENDPOINT,
    bucket: LOA_S3_BUCKET,
    region: c.LOA_S3_REGION,
    accessKeyId: LOA_S3_ACCESS_KEY_ID,
    secretAccessKey: LOA_S3_SECRET_ACCESS_KEY,
  };
}

/** The certificates of a PEM bundle, each with its own BEGIN and END lines. */
export function pemCertificates(bundle: string): string[] {
  const END = '-----END CERTIFICATE-----';
  return bundle
    .split(END)
    .map((part) => part.slice(part.indexOf('-----BEGIN CERTIFICATE-----')))
    .filter((part) => part.startsWith('-----BEGIN CERTIFICATE-----'))
    .map((part) => `${part.trim()}\n${END}\n`);
}

function trustProxyOf(value: string): boolean | string {
  return value === 'true' || value === 'false' ? value === 'true' : value;
}

/** Reads the configuration once from the environment; throws with every bad variable named. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Cấu hình không hợp lệ:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  return {
    env: c.NODE_ENV,
    port: c.PORT,
    host: c.HOST,
    databaseUrl: c.DATABASE_URL,
    databaseReadUrl: c.DATABASE_URL ? c.DATABASE_READ_URL : undefined,
    replicaLagMs: c.LOA_REPLICA_LAG_MS,
    prerenderMb: c.LOA_PRERENDER_MB,
    cdnPurgeUrl: c.LOA_CDN_PURGE_URL,
    trustProxy: trustProxyOf(c.LOA_TRUST_PROXY),
    dataDir: resolve(c.LOA_DATA_DIR),
    logLevel: c.LOG_LEVEL,
    smtpUrl: c.SMTP_URL,
    mailFrom: c.MAIL_FROM,
    demo: c.NODE_ENV !== 'production' && c.LOA_DEMO === 'auto',
    bodyLimit: c.BODY_LIMIT_BYTES,
    jobsIntervalSeconds: c.LOA_JOBS_INTERVAL_SECONDS,
    storage: storageConfig(c),
    espeakBinary: c.LOA_ESPEAK,
    pdfConcurrency: c.LOA_PDF_CONCURRENCY,
    certificateKey: c.LOA_CERTIFICATE_KEY
      ? Buffer.from(c.LOA_CERTIFICATE_KEY, 'base64')
      : c.NODE_ENV === 'production'
        ? null
        : DEMO_CERTIFICATE_KEY,
    trustedRootsPem: c.LOA_TRUSTED_ROOTS
      ? pemCertificates(readFileSync(c.LOA_TRUSTED_ROOTS, 'utf8'))
      : [],
    parse: {
      ...(c.LOA_PARSE_THREADS ? { threads: c.LOA_PARSE_THREADS } : {}),
      timeMs: c.LOA_PARSE_TIME_LIMIT_SECONDS * 1000,
      heapMb: c.LOA_PARSE_HEAP_MB,
    },
  };
}
