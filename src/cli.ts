import { parseArgs } from 'node:util';
import type { Database } from './db/database';
import type { Deps } from './domain/deps';
import { DomainError } from './domain/shared/domain-error';
import { MESSAGES } from './extract/errors';
import { loadConfig, type Config } from './server/config';

const HELP = `Cách dùng: loa <lệnh> [tùy chọn]

  serve                      Chạy máy chủ (mặc định cổng 3000)
  migrate                    Áp dụng các migration cơ sở dữ liệu
  seed --demo                Nạp dữ liệu trình diễn vào cơ sở dữ liệu trống
  seed --national [--scale 0.1|1]  Tạo dữ liệu mẫu quy mô quốc gia (cơ sở dữ liệu trống)
  admin create --username U --password P --unit "Tên đơn vị" [--name "Họ tên"]
                             Tạo tài khoản quản trị (tạo đơn vị gốc nếu chưa có)
  backup FILE [--without-files]
                             Sao lưu dữ liệu và tệp tải lên ra tệp (chạy được khi máy chủ đang chạy)
  jobs run                   Chạy ngay các tác vụ định kỳ (nhắc báo cáo…)
  restore FILE [--without-files]
                             Khôi phục dữ liệu và tệp tải lên từ tệp sao lưu (thay thế dữ liệu hiện có;
                             dừng máy chủ trước)
  extract FILE... [--json]   Trích xuất thông tin từ văn bản (.docx, .pdf, .html, .txt)
  export plan 51/KH-UBND --docx FILE [--pdf FILE] [--unit "Tên đơn vị"] [--year NĂM]
                             Xuất kế hoạch theo thể thức văn bản hành chính
  export summary --unit "TP Hạ Long" --phase "Đợt 1" --docx FILE [--xlsx FILE] [--final]
                             Xuất báo cáo sơ kết / tổng kết của một đơn vị
`;

async function withDatabase<T>(work: (db: Database) => Promise<T>): Promise<T> {
  const { openConfiguredDatabase } = await import('./server/main');
  const database = await openConfiguredDatabase(loadConfig());
  try {
    await database.migrate();
    return await work(database);
  } finally {
    await database.close();
  }
}

/** The ports of the composition root on an open database, for the commands that change data. */
async function depsOf(db: Database, config: Config): Promise<Deps> {
  const { createDeps } = await import('./server/main');
  return createDeps(db, config);
}

// Each command imports what it runs inside its case, so `loa extract` or `loa --help` never
// loads the server, the database or the document renderers.
async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const config = loadConfig();
  switch (command) {
    case 'serve': {
      const { serve } = await import('./server/main');
      const { seedDemoWorld } = await import('./db/seed/demo-world');
      const { DEMO_PASSWORD, DEMO_USERS } = await import('./db/seed/demo-world.data');
      await serve(config, { seedDemo: seedDemoWorld });
      const url = `http://localhost:${config.port}`;
      console.log(`\nLoa đang chạy tại ${url}  (cổng thông tin: ${url}/, ứng dụng: ${url}/app/)`);
      if (config.demo)
        console.log(
          `Tài khoản trình diễn (mật khẩu ${DEMO_PASSWORD}): ${DEMO_USERS.map((u) => u.username).join(', ')}`,
        );
      return -1;
    }
    case 'migrate':
      await withDatabase(async () => console.log('Đã áp dụng migration.'));
      return 0;
    case 'seed': {
      const { values } = parseArgs({
        args: rest,
        options: {
          demo: { type: 'boolean' },
          national: { type: 'boolean' },
          scale: { type: 'string' },
        },
      });
      if (values.national) {
        const scale = Number(values.scale ?? '1');
        if (!(scale > 0 && scale <= 1))
          throw new Error('--scale phải trong khoảng (0, 1], ví dụ 0.1 hoặc 1.');
        const { seedNational } = await import('./db/seed/national');
        const counts = await withDatabase(async (db) =>
          seedNational(db.db, await depsOf(db, config), { scale, log: (l) => console.log(l) }),
        );
        console.log(`Đã tạo dữ liệu quốc gia: ${JSON.stringify(counts)}`);
        return 0;
      }
      if (!values.demo)
        throw new Error('Hãy dùng: loa seed --demo, hoặc loa seed --national [--scale 0.1]');
      if (config.env === 'production')
        throw new Error('Không nạp dữ liệu trình diễn khi NODE_ENV=production.');
      const { seedDemoWorld } = await import('./db/seed/demo-world');
      const done = await withDatabase(async (db) => seedDemoWorld(await depsOf(db, config)));
      console.log(
        done ? 'Đã nạp dữ liệu trình diễn.' : 'Cơ sở dữ liệu đã có dữ liệu; không nạp thêm.',
      );
      return 0;
    }
    case 'admin': {
      if (rest[0] !== 'create')
        throw new Error('Hãy dùng: loa admin create --username U --password P --unit "Tên"');
      const { createAdmin } = await import('./cli/admin-create');
      console.log(
        await withDatabase(async (db) => createAdmin(await depsOf(db, config), rest.slice(1))),
      );
      return 0;
    }
    case 'backup': {
      const { backupCommand } = await import('./cli/backup-command');
      console.log(await backupCommand(config, rest, withDatabase));
      return 0;
    }
    case 'restore': {
      const { restoreCommand } = await import('./cli/backup-command');
      console.log(await restoreCommand(config, rest, withDatabase));
      return 0;
    }
    case 'export':
      if (rest[0] === 'plan') {
        const { exportPlan } = await import('./cli/export-plan');
        await withDatabase(async (db) => exportPlan(await depsOf(db, config), rest.slice(1)));
      } else if (rest[0] === 'summary') {
        const { exportSummary } = await import('./cli/export-summary');
        await withDatabase(async (db) => exportSummary(await depsOf(db, config), rest.slice(1)));
      } else
        throw new Error(
          'Hãy dùng: loa export plan 51/KH-UBND --docx FILE, hoặc loa export summary --unit "TP Hạ Long" --phase "Đợt 1" --docx FILE',
        );
      return 0;
    case 'jobs': {
      if (rest[0] !== 'run') throw new Error('Hãy dùng: loa jobs run');
      const out = await withDatabase(async (db) => {
        const { startScheduler } = await import('./jobs/scheduler');
        const pino = (await import('pino')).default;
        const scheduler = await startScheduler(
          db,
          await depsOf(db, config),
          pino({ level: 'warn' }),
          {
            intervalMs: 0,
            start: false,
          },
        );
        return scheduler.runOnce();
      });
      console.log(JSON.stringify(out));
      return 0;
    }
    case 'extract': {
      const { runExtractCommand } = await import('./extract/extract-command');
      const { createParsePool } = await import('./server/adapters/parse-pool');
      // Each file is read in a capped worker, as on the server: a hostile file fails alone.
      const pool = createParsePool(config.parse);
      try {
        return await runExtractCommand(rest, process.stdout, process.stderr, (input) =>
          pool.document(input).catch((e: unknown) => failedRead(input.fileName, e)),
        );
      } finally {
        await pool.close();
      }
    }
    case undefined:
    case 'help':
    case '--help':
      console.log(HELP);
      return 0;
    default:
      console.error(`Lệnh không rõ: ${command}\n\n${HELP}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);

/** A file the pool refused (over its caps, or its worker failed), as the extractor reports one. */
function failedRead(file: string, e: unknown) {
  const error =
    e instanceof DomainError
      ? {
          code: e.code === 'file_too_complex' ? ('too_complex' as const) : ('read_failed' as const),
          message: e.message,
        }
      : { code: 'read_failed' as const, message: MESSAGES.readFailed };
  return { ok: false as const, file, error };
}
