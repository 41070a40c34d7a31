import { expect } from 'vitest';
import { phaseReportKey } from '../../src/domain/reports/phase-key';
import { buildPlan } from './factories';
import { raceHelpers, type Race } from './content-races';
import { wardPhase } from './summary-world';
import type { TestApp } from './test-app';
import type { TransitionWorld } from './transition-world';

/** Documents a unit receives or issues itself: an issued plan's receipt, a sơ kết. */
export function documentRaces(get: () => { t: TestApp; w: TransitionWorld }): Race[] {
  const { codes, audits } = raceHelpers(() => get().t);
  return [
    {
      name: 'a ward confirms receipt of a city plan twice at once',
      routes: ['POST /api/v1/plans/{id}/acknowledge'],
      async run() {
        const { t, w } = get();
        // A fresh plan of the city each time, sent to the ward in its "Nơi nhận".
        const city = await buildPlan(t.deps, w.city, {
          status: 'issued',
          author: w.people.cityOfficer,
          approver: w.people.cityLeader,
          recipients: [{ name: w.ward.name, purpose: 't/h', unitId: w.ward.id }],
        });
        const rs = await Promise.all(
          (['officer', 'leader'] as const).map((who) =>
            w.call('POST', `/api/v1/plans/${city.id}/acknowledge`, who, {}),
          ),
        );
        // Both are told it is received, by the same confirmation; one row, one audit entry.
        expect(codes(rs)).toEqual([200, 200]);
        expect(new Set(rs.map((r) => r.json().acknowledgedAt)).size).toBe(1);
        expect(await audits(city.id, 'acknowledge')).toHaveLength(1);
        expect(await t.deps.repos.planReceipts.acknowledgements(city.id)).toHaveLength(1);
      },
    },
    {
      name: 'two leaders issue the same sơ kết at once',
      routes: ['POST /api/v1/reports/summary/issue'],
      async run() {
        const { t, w } = get();
        const { unitId, phase } = await wardPhase(t.deps, w);
        const body = { unitId, phase, issuedOn: '2022-05-02' };
        const answers = await Promise.all(
          (['leader', 'leader2'] as const).map((who) =>
            w.call('POST', '/api/v1/reports/summary/issue', who, body),
          ),
        );
        // One issues it with the next number of the register; the other is told it is issued.
        expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
        const [report] = await t.deps.repos.reports.findFor([unitId], 'phase', [
          phaseReportKey(phase, '2022-04-01', '2022-04-30'),
        ]);
        const taken = await t.deps.repos.registers.list(unitId, 2022, 'BC');
        expect(taken.filter((e) => e.entityId === report?.id)).toHaveLength(1);
      },
    },
  ];
}
