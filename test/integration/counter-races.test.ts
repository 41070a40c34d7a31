import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { queryRows } from '../../src/db/query-rows';
import { makeRepos } from '../../src/db/repositories';
import type { Unit } from '../../src/domain/units/unit';
import { buildPlan, buildTree, buildUnit, SAMPLE } from '../support/factories';
import { openedSoFar } from '../support/teardown';
import { buildTestApp, type TestApp } from '../support/test-app';
import { formBody } from '../support/upload-form';

/**
 * Every way work is counted into a task's windows, at once, on windows that overlap: single
 * entries on nearby days, deletions, imports and a plan's recount. Each writer must get its
 * answer (none failed as a deadlock victim) and the counters must equal a count from scratch.
 */
const WRITERS = 8;
const ROUNDS = 5;

let t: TestApp;
const opened = openedSoFar();
let cookie = '';
let ward: Unit;
let section: Unit;

/** A weekly play and a one-off play to finish by the end of May 2022, on the loudspeakers. */
const loudspeakerTasks = (unit: Unit) => ({
  unitId: unit.id,
  unitName: unit.name,
  tasks: [
    {
      text: `Phát file ghi âm tuyên truyền bầu cử trên loa truyền thanh ${SAMPLE}`,
      channel: 'loudspeaker' as const,
      frequencyText: 'tối thiểu 01 lần/tuần',
      recurrence: { count: 1, per: 'week' as const },
      deadline: null,
      target: null,
    },
    {
      text: `Phát thông báo lịch bầu cử trên loa truyền thanh ${SAMPLE}`,
      channel: 'loudspeaker' as const,
      frequencyText: null,
      recurrence: null,
      deadline: '2022-05-31',
      target: null,
    },
  ],
});

beforeAll(async () => {
  t = await opened.open(buildTestApp());
  const tree = await buildTree(t.deps);
  ward = tree.commune;
  section = await buildUnit(t.deps, {
    parent: ward,
    kind: 'agency',
    name: `Bộ phận Văn hóa - Xã hội ${SAMPLE}`,
  });
  // The city's plan of spring 2022 gives the ward and its section the same loudspeaker tasks, so
  // an entry of the section counts into its own windows and into the ward's.
  await buildPlan(t.deps, tree.district, {
    status: 'issued',
    author: tree.users.district.officer,
    approver: tree.users.district.leader,
    periodFrom: '2022-04-01',
    periodTo: '2022-06-15',
    issuedOn: '2022-04-01',
    assignments: [loudspeakerTasks(ward), loudspeakerTasks(section)],
  });
  cookie = await t.login(tree.users.commune.officer.username);
}, 120_000);
afterAll(() => opened.closeAll());

const call = (method: 'POST' | 'DELETE', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie }, payload });

/** Imports a CSV all or nothing, as the dialog sends it (a form with the file). */
async function importCsv(name: string, text: string) {
  const form = await formBody({
    mode: 'all_or_nothing',
    dryRun: 'false',
    file: { name, bytes: Buffer.from(text) },
  });
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/activities/import',
    headers: { cookie, ...form.headers },
    payload: form.payload,
  });
}

/** Days inside four weekly windows of the plan, and inside its one-off window spanning them all. */
const DAYS = ['2022-04-05', '2022-04-07', '2022-04-12', '2022-04-14', '2022-04-19', '2022-05-03'];
const dd = (iso: string) => iso.split('-').reverse().join('/');

async function counters(): Promise<Map<string, [number, string | null]>> {
  const rows = await queryRows<{ id: string; done: number; first: string | null }>(
    t.database.db,
    sql`select id::text as id, done, first_done_on::text as first from task_periods order by id`,
  );
  return new Map(rows.map((r) => [r.id, [r.done, r.first]]));
}

test('writers counting into the same windows all succeed, and the counts are right', async () => {
  const answers: Array<{ what: string; status: number; body: string }> = [];
  const note = (what: string, res: { statusCode: number; body: string }) =>
    answers.push({ what, status: res.statusCode, body: res.statusCode < 300 ? '' : res.body });

  for (let round = 0; round < ROUNDS; round++) {
    const created: string[] = [];
    await Promise.all(
      Array.from({ length: WRITERS }, async (_, w) => {
        for (let k = 0; k < 3; k++) {
          const day = DAYS[(w + k + round) % DAYS.length] as string;
          const res = await call('POST', '/api/v1/activities', {
            unitId: w % 2 ? ward.id : section.id,
            occurredOn: day,
            channel: 'loudspeaker',
            categoryCode: 'luot_phat',
            quantity: 1 + (w % 3),
            title: `Đua đếm ${round}-${w}-${k}`,
          });
          note('record', res);
          if (res.statusCode === 201) created.push(res.json().id as string);
        }
      }),
    );
    const csv = [
      'ngay,don_vi,kenh,loai,so_luong,tieu_de',
      ...DAYS.map(
        (d, i) =>
          `${dd(d)},${i % 2 ? ward.name : section.name},loudspeaker,luot_phat,${1 + i},Nhập đua ${round}-${i}`,
      ),
    ].join('\n');
    await Promise.all([
      ...created
        .slice(0, WRITERS)
        .map(async (id) => note('delete', await call('DELETE', `/api/v1/activities/${id}`))),
      ...[0, 1].map(async () => note('import', await importCsv('dua.csv', csv))),
      ...DAYS.map(async (day, i) =>
        note(
          'record',
          await call('POST', '/api/v1/activities', {
            unitId: i % 2 ? section.id : ward.id,
            occurredOn: day,
            channel: 'loudspeaker',
            categoryCode: 'luot_phat',
            quantity: 2,
          }),
        ),
      ),
      // A plan issued meanwhile recounts its tasks over the same windows.
      t.database.db.transaction(async (tx) => {
        const ids = await queryRows<{ id: string }>(tx, sql`select id::text as id from tasks`);
        await makeRepos(tx).obligations.recountTasks(ids.map((r) => r.id));
      }),
    ]);
  }

  expect(answers.filter((a) => a.status >= 300)).toEqual([]);
  expect(answers.length).toBe(ROUNDS * (WRITERS * 3 + WRITERS + 2 + DAYS.length));
  const live = await counters();
  await makeRepos(t.database.db).obligations.recountAll();
  expect(live).toEqual(await counters());
  // The windows were really shared: the ward's weekly windows of those weeks counted these plays.
  expect([...live.values()].filter(([done]) => done > 0).length).toBeGreaterThan(DAYS.length);
}, 300_000);
