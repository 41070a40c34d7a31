import { expect } from 'vitest';
import type { AuditAction } from '../../src/domain/audit/audit-vocabulary';
import { toneWav } from '../../src/domain/content/wav';
import type { TestApp } from './test-app';
import type { TransitionWorld } from './transition-world';

/** One transition raced against a conflicting change; `routes` are the transitions it walks. */
export interface Race {
  name: string;
  routes: string[];
  run(): Promise<void>;
}

type Res = { statusCode: number; json: () => Record<string, unknown> };

/** Status codes of racing answers, sorted, and the audit rows of an action on one entity. */
export function raceHelpers(app: () => TestApp) {
  const codes = (rs: Res[]) => rs.map((r) => r.statusCode).sort();
  const audits = async (entityId: string, action: AuditAction) =>
    (
      await app().deps.repos.audit.find({ withinPath: '/', action, limit: 1000, offset: 0 })
    ).items.filter((a) => a.entityId === entityId);
  return { codes, audits };
}

/** The content library's transitions: file, approve, publish, distribute, acknowledge. */
export function contentRaces(get: () => { t: TestApp; w: TransitionWorld }): Race[] {
  const { codes, audits } = raceHelpers(() => get().t);
  return [
    {
      name: 'an officer replaces the file while a leader approves the version they saw',
      routes: ['PUT /api/v1/content/{id}/file', 'POST /api/v1/content/{id}/approve'],
      async run() {
        const { w } = get();
        const item = await w.bulletinWithFile();
        const [up, ok] = await Promise.all([
          w.upload(`/api/v1/content/${item.id}/file`, 'officer', toneWav(2), 'ban-2.wav'),
          w.call('POST', `/api/v1/content/${item.id}/approve`, 'leader', {
            version: item.version,
          }),
        ]);
        expect(codes([up, ok])).toEqual([200, 409]);
        const end = await get().t.deps.repos.content.get(item.id);
        // Approved means approved with the file the leader saw; a new file means still a draft.
        if (ok.statusCode === 200)
          expect(end).toMatchObject({ status: 'approved', file: { name: 'ban-1.wav' } });
        else expect(end).toMatchObject({ status: 'draft', file: { name: 'ban-2.wav' } });
      },
    },
    {
      name: 'two people publish the same article at once',
      routes: ['POST /api/v1/content/{id}/publish'],
      async run() {
        const { w } = get();
        const item = await w.approvedArticle();
        const rs = await Promise.all(
          (['leader', 'leader2'] as const).map((who) =>
            w.call('POST', `/api/v1/content/${item.id}/publish`, who, {}),
          ),
        );
        // Publishing is idempotent: both see it published, but it is published (and counted) once.
        expect(codes(rs)).toEqual([200, 200]);
        expect(await audits(item.id, 'publish')).toHaveLength(1);
      },
    },
    {
      name: 'two people send the same item to the same units at once',
      routes: ['POST /api/v1/content/{id}/distribute'],
      async run() {
        const { w } = get();
        const item = await w.approvedBulletin();
        const rs = await Promise.all(
          (['officer', 'leader'] as const).map((who) =>
            w.call('POST', `/api/v1/content/${item.id}/distribute`, who, {
              unitIds: [w.village.id],
              includeSubtree: false,
            }),
          ),
        );
        expect(codes(rs)).toEqual([200, 200]);
        expect(rs.map((r) => r.json().added).sort()).toEqual([0, 1]);
      },
    },
    {
      name: 'a unit acknowledges twice at once',
      routes: ['POST /api/v1/content/{id}/acknowledge'],
      async run() {
        const { w } = get();
        const item = await w.approvedBulletin();
        w.json(
          await w.call('POST', `/api/v1/content/${item.id}/distribute`, 'officer', {
            unitIds: [w.village.id],
            includeSubtree: false,
          }),
          'distribute',
        );
        const rs = await Promise.all(
          (['officer', 'leader'] as const).map((who) =>
            w.call('POST', `/api/v1/content/${item.id}/acknowledge`, who, { unitId: w.village.id }),
          ),
        );
        expect(codes(rs)).toEqual([200, 200]);
        expect(await audits(item.id, 'acknowledge')).toHaveLength(1);
      },
    },
  ];
}
