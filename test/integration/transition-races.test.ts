import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { apiRoutes } from '../support/api-routes';
import { openedSoFar } from '../support/teardown';
import { buildTestApp, type TestApp } from '../support/test-app';
import { contentRaces, raceHelpers, type Race } from '../support/content-races';
import { documentRaces } from '../support/document-races';
import { transitionWorld, type TransitionWorld } from '../support/transition-world';

/**
 * Every transition races a conflicting change, TRIES times: the end state is always one a user
 * could have intended (some serial order of the two), and a loser is told with a 409.
 */
const TRIES = 12;
// A route is a transition when its last segment names a step of a workflow, or it replaces a file;
// a report's first reading is one too (it ends the unit's right to recall it).
const TRANSITION =
  /\/reports\/\{id\}\/read$|\/(approve|issue|publish[a-z-]*|submit|correction|file|accept|return|recall|close|revise|distribute|acknowledge|status|regroup)$/;

let t: TestApp;
const opened = openedSoFar();
let w: TransitionWorld;
beforeAll(async () => {
  t = await opened.open(buildTestApp());
  w = await transitionWorld(t);
}, 180_000);
afterAll(() => opened.closeAll());

const { codes, audits } = raceHelpers(() => t);
let reports = 0;
const planOf = async (id: string) => {
  const plan = await t.deps.repos.plans.get(id);
  if (!plan) throw new Error(`plan ${id}`);
  return plan;
};
const claimOf = async (id: string) => {
  const claim = await t.deps.repos.claims.get(id);
  if (!claim) throw new Error(`claim ${id}`);
  return claim;
};

const races: Race[] = [
  ...contentRaces(() => ({ t, w })),
  ...documentRaces(() => ({ t, w })),
  {
    name: 'an officer submits a plan while another saves an edit',
    routes: ['POST /api/v1/plans/{id}/submit'],
    async run() {
      const draft = await w.plan(false);
      const [sub, edit] = await Promise.all([
        w.call('POST', `/api/v1/plans/${draft.id}/submit`, 'officer'),
        w.patch(`/api/v1/plans/${draft.id}`, 'leader', {
          version: draft.version,
          content: { preamble: 'Sửa trong lúc trình' },
        }),
      ]);
      const end = await planOf(draft.id);
      // The edit first (then the submission took it along, or lost with a 409 on the old version),
      // or the submission first and the edit lost: never both lost, never an edit that vanished.
      const outcome = [edit.statusCode, sub.statusCode, end.status, end.preamble];
      const edited = 'Sửa trong lúc trình';
      expect([
        [200, 200, 'submitted', edited],
        [200, 409, 'draft', edited],
        [409, 200, 'submitted', draft.preamble],
      ]).toContainEqual(outcome);
    },
  },
  {
    name: 'one leader issues a plan while another returns it',
    routes: ['POST /api/v1/plans/{id}/issue', 'POST /api/v1/plans/{id}/return'],
    async run() {
      const plan = await w.plan(true);
      const [issue, ret] = await Promise.all([
        w.call('POST', `/api/v1/plans/${plan.id}/issue`, 'leader', {}),
        w.call('POST', `/api/v1/plans/${plan.id}/return`, 'leader2', {
          note: 'Sửa lại',
        }),
      ]);
      expect(codes([issue, ret])).toEqual([200, 409]);
      const end = await planOf(plan.id);
      expect(end.status).toBe(issue.statusCode === 200 ? 'issued' : 'draft');
    },
  },
  {
    name: 'its submitter withdraws a plan while a leader issues it',
    routes: ['POST /api/v1/plans/{id}/recall'],
    async run() {
      const plan = await w.plan(true);
      const [recall, issue] = await Promise.all([
        w.call('POST', `/api/v1/plans/${plan.id}/recall`, 'officer'),
        w.call('POST', `/api/v1/plans/${plan.id}/issue`, 'leader', {}),
      ]);
      // Exactly one wins: a withdrawn draft that took no number, or an issued plan.
      expect(codes([recall, issue])).toEqual([200, 409]);
      const end = await planOf(plan.id);
      expect([end.status, end.number === null]).toEqual(
        recall.statusCode === 200 ? ['draft', true] : ['issued', false],
      );
      const year = Number((end.issuedOn ?? new Date().toISOString()).slice(0, 4));
      const taken = await t.deps.repos.registers.list(end.unitId, year, 'KH');
      expect(taken.filter((e) => e.entityId === plan.id)).toHaveLength(
        recall.statusCode === 200 ? 0 : 1,
      );
    },
  },
  {
    name: 'a leader closes an issued plan while an officer starts its revision',
    routes: ['POST /api/v1/plans/{id}/close', 'POST /api/v1/plans/{id}/revise'],
    async run() {
      const plan = await w.plan(true);
      w.json(await w.call('POST', `/api/v1/plans/${plan.id}/issue`, 'leader', {}), 'issue');
      const [close, revise] = await Promise.all([
        w.call('POST', `/api/v1/plans/${plan.id}/close`, 'leader2'),
        w.call('POST', `/api/v1/plans/${plan.id}/revise`, 'officer'),
      ]);
      // A revision may start from an issued or a closed plan, so one after the other both
      // succeed; overlapping, the close that read the plan before the revision touched it loses.
      // Never both lost, and the plan is closed exactly when the close succeeded.
      const outcome = [close.statusCode, revise.statusCode];
      expect([
        [200, 201],
        [200, 409],
        [409, 201],
      ]).toContainEqual(outcome);
      expect((await t.deps.repos.plans.get(plan.id))?.status).toBe(
        close.statusCode === 200 ? 'closed' : 'issued',
      );
    },
  },
  {
    name: 'the parent accepts a report while another leader returns it',
    routes: ['POST /api/v1/reports/{id}/accept', 'POST /api/v1/reports/{id}/return'],
    async run() {
      const n = reports++;
      const report = w.json(
        await w.call('POST', '/api/v1/reports', 'officer', {
          unitId: w.ward.id,
          kind: 'weekly',
          periodKey: `${2030 + Math.floor(n / 40)}-W${10 + (n % 40)}`,
          narrative: { results: 'Tuần này', difficulties: '', proposals: '' },
          submit: true,
        }),
        'report',
      );
      expect(report.status).toBe('submitted');
      const [acc, ret] = await Promise.all([
        w.call('POST', `/api/v1/reports/${report.id}/accept`, 'cityLeader', {}),
        w.call('POST', `/api/v1/reports/${report.id}/return`, 'admin', {
          note: 'Bổ sung số liệu',
        }),
      ]);
      expect(codes([acc, ret])).toEqual([200, 409]);
      expect((await t.deps.repos.reports.get(report.id))?.status).toBe(
        acc.statusCode === 200 ? 'accepted' : 'returned',
      );
    },
  },
  {
    name: 'the city opens a weekly report while the ward recalls it',
    routes: ['POST /api/v1/reports/{id}/read', 'POST /api/v1/reports/{id}/recall'],
    async run() {
      const n = reports++;
      const report = w.json(
        await w.call('POST', '/api/v1/reports', 'officer', {
          unitId: w.ward.id,
          kind: 'weekly',
          periodKey: `${2030 + Math.floor(n / 40)}-W${10 + (n % 40)}`,
          narrative: { results: 'Tuần này', difficulties: '', proposals: '' },
          submit: true,
        }),
        'report',
      );
      expect(report.status).toBe('submitted');
      const [read, recall] = await Promise.all([
        w.call('POST', `/api/v1/reports/${report.id}/read`, 'cityOfficer'),
        w.call('POST', `/api/v1/reports/${report.id}/recall`, 'officer'),
      ]);
      // Reading never fails; it either came first (the recall is refused) or found a draft.
      expect(read.statusCode).toBe(200);
      expect([200, 409]).toContain(recall.statusCode);
      const end = await t.deps.repos.reports.get(report.id);
      expect([end?.status, end?.readAt === null]).toEqual(
        recall.statusCode === 200 ? ['draft', true] : ['submitted', false],
      );
    },
  },
  {
    name: 'a leader publishes a candidate list while an officer removes a candidate',
    routes: ['POST /api/v1/districts/{id}/publish-candidates'],
    async run() {
      const d = await w.district();
      const [pub, del] = await Promise.all([
        w.call('POST', `/api/v1/districts/${d.id}/publish-candidates`, 'leader'),
        w.call('DELETE', `/api/v1/candidates/${d.candidates[0]}`, 'officer'),
      ]);
      expect(pub.statusCode).toBe(200);
      const left = await t.deps.repos.elections.candidates([d.id]);
      // A removal lands before the publication or not at all: never off a published list.
      if (del.statusCode === 409) expect(left).toHaveLength(2);
      else {
        expect([del.statusCode, left.length]).toEqual([200, 1]);
        const [removed] = await audits(d.candidates[0] ?? '', 'delete');
        const [published] = await audits(d.id, 'publish_candidates');
        expect(removed?.at.getTime() ?? Infinity).toBeLessThanOrEqual(published?.at.getTime() ?? 0);
      }
    },
  },
  {
    name: 'two leaders publish the same results at once',
    routes: ['POST /api/v1/districts/{id}/publish-results'],
    async run() {
      const d = await w.district();
      await w.enterResults(d, 'officer');
      const rs = await Promise.all(
        (['leader', 'leader2'] as const).map((who) =>
          w.call('POST', `/api/v1/districts/${d.id}/publish-results`, who),
        ),
      );
      expect(codes(rs)).toEqual([200, 409]);
      expect(await audits(d.id, 'publish_results')).toHaveLength(1);
    },
  },
  {
    name: 'two desks give a claim different verdicts at once; another files it under two cases',
    routes: ['POST /api/v1/claims/{id}/status', 'POST /api/v1/claims/{id}/regroup'],
    async run() {
      const c = await w.claim(null);
      w.json(
        await w.call('POST', `/api/v1/claims/${c.id}/status`, 'officer', { status: 'verifying' }),
        'v',
      );
      const verdicts = await Promise.all(
        (['false', 'true'] as const).map((status, i) =>
          w.call('POST', `/api/v1/claims/${c.id}/status`, i ? 'leader' : 'officer', {
            status,
          }),
        ),
      );
      // The loser is refused: 409 when it raced the write, 400 when it read the new verdict first.
      expect(codes(verdicts)[0]).toBe(200);
      expect([400, 409]).toContain(codes(verdicts)[1]);
      const winner = verdicts[0]?.statusCode === 200 ? 'false' : 'true';
      expect((await t.deps.repos.claims.get(c.id))?.verdict).toBe(winner);
      const [x, y] = [await w.claim(null), await w.claim(null)];
      const moves = await Promise.all(
        [x, y].map((into, i) =>
          w.call('POST', `/api/v1/claims/${c.id}/regroup`, i ? 'leader' : 'officer', {
            intoId: into.id,
          }),
        ),
      );
      // Regrouping is an assignment: one that read the old case while the other moved it gets a
      // 409; one that came after moves it again. Either way the claim sits where a 200 put it.
      expect(codes(moves)[0]).toBe(200);
      expect([200, 409]).toContain(codes(moves)[1]);
      const end = (await claimOf(c.id)).groupId;
      const placed = [x, y].filter((_, i) => moves[i]?.statusCode === 200).map((v) => v.groupId);
      expect(placed).toContain(end);
    },
  },
  {
    name: 'a correction is written while another desk reopens the claim for checking',
    routes: ['POST /api/v1/claims/{id}/correction'],
    async run() {
      const c = await w.claim('false');
      const [fix, reopen] = await Promise.all([
        w.call('POST', `/api/v1/claims/${c.id}/correction`, 'officer', {
          title: 'Đính chính tin đồn',
          body: 'Sự thật là…',
        }),
        w.call('POST', `/api/v1/claims/${c.id}/status`, 'leader', {
          status: 'verifying',
        }),
      ]);
      const end = await claimOf(c.id);
      if (fix.statusCode === 409) {
        // The correction lost: no article was left behind for a claim without a verdict.
        expect([reopen.statusCode, end.correctionId, end.status]).toEqual([200, null, 'verifying']);
      } else {
        expect(fix.statusCode).toBe(201);
        expect(end.correctionId).toBe(fix.json().id);
      }
    },
  },
];

describe('every transition checks the state it depends on where it writes it', () => {
  test('the table covers every transition route of the API', () => {
    const transitions = apiRoutes(t.app)
      .filter((r) => r.method !== 'GET' && !r.device && TRANSITION.test(r.path))
      .map((r) => r.key);
    const covered = new Set(races.flatMap((r) => r.routes));
    expect(transitions.filter((k) => !covered.has(k))).toEqual([]);
    expect([...covered].filter((k) => !transitions.includes(k))).toEqual([]);
  });

  for (const race of races)
    test(
      race.name,
      async () => {
        for (let i = 0; i < TRIES; i++) await race.run();
      },
      300_000,
    );
});
