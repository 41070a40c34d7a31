import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Unit } from '../../src/domain/units/unit';
import { buildElection, buildTree } from '../support/factories';
import { httpClient, signIn, type Answer, type Call, type Client } from '../support/http-client';
import * as hostile from '../support/hostile-files';
import { buildTestApp, type TestApp } from '../support/test-app';

// Ten hostile files at once, through every route that reads an uploaded file, over real HTTP,
// while /healthz is asked every 20 ms. The pool's caps are set low (2 s, 128 MB) so the test
// is short; the files need far more (the .xlsx takes seconds and 340 MB), so they trip anyway.

let t: TestApp;
let http: Client;
const cookies = new Map<string, string>();
// A ward officer (imports and the ward's election), a city officer (content), an admin (units).
let city: Unit;
let electionId = '';
const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;

beforeAll(async () => {
  t = await buildTestApp({ parse: { threads: 2, timeMs: 2000, heapMb: 128 } });
  const tree = await buildTree(t.deps);
  city = tree.district;
  electionId = (await buildElection(t.deps, tree.commune)).election.id;
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = t.app.server.address() as AddressInfo;
  http = httpClient(`http://127.0.0.1:${port}`, 180_000);
  for (const [who, user] of [
    ['ward', tree.users.commune.officer],
    ['city', tree.users.district.officer],
    ['admin', tree.users.province.admin],
  ] as const)
    cookies.set(who, await signIn(http, user.username));
}, 120_000);
afterAll(async () => t.close());

const as = (who: string, call: Call): Call => ({ ...call, cookie: cookies.get(who) ?? '' });

async function hostileCalls(): Promise<Array<{ what: string; call: Call }>> {
  const audio = JSON.parse(
    (
      await http(
        as('city', {
          method: 'POST',
          url: '/api/v1/content',
          json: { unitId: city.id, kind: 'audio', title: 'Thông báo', themes: ['Ngày bầu cử'] },
        }),
      )
    ).body,
  ) as { id: string };
  expect(audio.id).toBeTruthy();
  const xlsx = await hostile.manyCellsXlsx();
  const openQuote = Buffer.from(hostile.openQuoteCsv());
  const imp = (name: string, bytes: Uint8Array) =>
    as('ward', { method: 'POST', url: '/api/v1/imports', form: { file: { name, bytes } } });
  return [
    { what: 'import .docx', call: imp('a.docx', await hostile.unclosedTagDocx()) },
    { what: 'import .pdf', call: imp('a.pdf', hostile.textOperatorPdf(10_000, '1')) },
    { what: 'import .html', call: imp('a.html', hostile.nestedDivHtml()) },
    {
      what: 'activities .xlsx',
      call: as('ward', {
        method: 'POST',
        url: '/api/v1/activities/import',
        form: { mode: 'all_or_nothing', file: { name: 'hd.xlsx', bytes: xlsx } },
      }),
    },
    {
      what: 'activities .csv',
      call: as('ward', {
        method: 'POST',
        url: '/api/v1/activities/import',
        form: { mode: 'all_or_nothing', file: { name: 'hd.csv', bytes: openQuote } },
      }),
    },
    {
      what: 'polling .xlsx',
      call: as('ward', {
        method: 'POST',
        url: `/api/v1/elections/${electionId}/polling/import`,
        form: { dryRun: 'true', file: { name: 'kv.xlsx', bytes: xlsx } },
      }),
    },
    {
      what: 'polling .csv',
      call: as('ward', {
        method: 'POST',
        url: `/api/v1/elections/${electionId}/polling/import`,
        form: { dryRun: 'true', file: { name: 'kv.csv', bytes: openQuote } },
      }),
    },
    {
      what: 'units .csv',
      call: as('admin', {
        method: 'POST',
        url: '/api/v1/units/import',
        json: { csv: hostile.openQuoteCsv(256 * 1024), mode: 'keep_valid', dryRun: true },
      }),
    },
    {
      what: 'units .csv of one huge row',
      call: as('admin', {
        method: 'POST',
        url: '/api/v1/units/import',
        json: { csv: `ten,loai\n${'a,'.repeat(120_000)}`, mode: 'all_or_nothing' },
      }),
    },
    {
      what: 'content audio',
      call: as('city', {
        method: 'PUT',
        url: `/api/v1/content/${audio.id}/file`,
        form: (() => {
          const bytes = hostile.unsyncedMp3();
          return { size: String(bytes.length), file: { name: 'thong-bao.mp3', bytes } };
        })(),
      }),
    },
  ];
}

describe('hostile files never block the server', () => {
  test('ten at once: each gets a Vietnamese 4xx problem, /healthz keeps answering throughout, and the server still works', async () => {
    const calls = await hostileCalls();
    expect(calls).toHaveLength(10);
    let healthAnswers = 0;
    let done = false;
    // A named function, not an inline one: TypeScript reads an inline call's body as running at
    // once, where `done` is still false, while this loop runs until the answers set it.
    const pollHealth = async () => {
      while (!done) {
        const res = await http({ url: '/healthz' });
        expect(res.status).toBe(200);
        healthAnswers++;
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    const poll = pollHealth();
    const answers: Answer[] = await Promise.all(calls.map(({ call }) => http(call)));
    done = true;
    await poll;

    answers.forEach((a, i) => {
      const what = calls[i]?.what;
      expect(a.status, `${what}: ${a.body.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
      expect(a.status, what).toBeLessThan(500);
      expect(a.type, what).toMatch(/application\/problem\+json/);
      expect((JSON.parse(a.body) as { detail: string }).detail, what).toMatch(VIETNAMESE);
    });
    // The spreadsheets need seconds and 340 MB: the pool's caps refuse them as too complex.
    for (const i of [3, 5]) {
      expect(answers[i]?.status).toBe(422);
      expect(answers[i]?.body).toContain('Tệp quá phức tạp để đọc');
    }
    // The spreadsheets were stopped by the pool's caps (the 422s above), which only a worker
    // thread has: nothing was parsed on the event loop, and /healthz answered 200 throughout.
    // How fast it answers is the bench's to hold (`npm run bench -- hostile-files`, 200 ms), not
    // a test's: a bound in milliseconds here would measure the machine.
    expect(healthAnswers).toBeGreaterThan(0);

    const good = await http(
      as('admin', {
        method: 'POST',
        url: '/api/v1/units/import',
        json: { csv: 'ten,loai\nKhu phố thử,khu phố\n', mode: 'keep_valid', dryRun: true },
      }),
    );
    expect(good.status, good.body).toBe(200);
    expect(JSON.parse(good.body)).toMatchObject({ total: 1, valid: 1 });
  }, 600_000);
});
