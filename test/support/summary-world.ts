import type { Deps } from '../../src/domain/deps';
import { buildPlan, SAMPLE } from './factories';
import type { TransitionWorld } from './transition-world';

let phases = 0;

/**
 * An issued plan of the world's ward with a phase of its own in April 2022 (a new name each
 * call), so a test can issue that phase's sơ kết: the officer writes and submits the plan, the
 * first leader issues it. Returns the ward and the phase's name.
 */
export async function wardPhase(
  deps: Deps,
  w: TransitionWorld,
): Promise<{ unitId: string; phase: string }> {
  const phase = `Đợt thử ${++phases}`;
  await buildPlan(deps, w.ward, {
    status: 'issued',
    author: w.people.officer,
    approver: w.people.leader,
    title: `Kế hoạch có ${phase} ${SAMPLE}`,
    periodFrom: '2022-04-01',
    periodTo: '2022-06-15',
    phases: [{ name: phase, from: '2022-04-01', to: '2022-04-30', peak: false }],
    issuedOn: '2022-04-01',
  });
  return { unitId: w.ward.id, phase };
}
