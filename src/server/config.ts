import { resolve } from 'node:path';
import { z } from 'zod';

const ConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  LOA_DATA_DIR: z.string().default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SMTP_URL: z
    .string()
    .url()
    .optional()
    .describe('smtp://user:pass@host:port; e-mail is off without it'),
  MAIL_FROM: z.string().default('Loa <no-reply@loa.local>'),
  LOA_DEMO: z
    .enum(['auto', 'off'])
    .default('auto')
    .describe('auto: seed the demo world into an empty database'),
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
  dataDir: string;
  logLevel: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  demo: boolean;
  bodyLimit: number;
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
    dataDir: resolve(c.LOA_DATA_DIR),
    logLevel: c.LOG_LEVEL,
    smtpUrl: c.SMTP_URL,
    mailFrom: c.MAIL_FROM,
    demo: c.NODE_ENV !== 'production' && c.LOA_DEMO === 'auto',
    bodyLimit: c.BODY_LIMIT_BYTES,
  };
}
