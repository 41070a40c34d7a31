import { expect } from 'vitest';
import type { transitionWorld } from './transition-world';

type World = Awaited<ReturnType<typeof transitionWorld>>;

let phases = 0;

/**
 * An issued plan of phường Cẩm Bình with a phase of its own (a new name each call), so a test can
 * issue that phase's sơ kết: the officer writes and submits the plan, the leader issues it.
 * Returns the ward and the phase's name.
 */
export async function wardPhase(w: World): Promise<{ unitId: string; phase: string }> {
  const wardId = w.s.unit('cambinh');
  const call = w.s.call;
  const phase = `Đợt thử ${++phases}`;
  const created = await call('POST', '/api/v1/plans', 'cambinh', {
    unitId: wardId,
    content: {
      title: `Kế hoạch có ${phase}`,
      periodFrom: '2022-04-01',
      periodTo: '2022-06-15',
      phases: [{ name: phase, from: '2022-04-01', to: '2022-04-30', peak: false }],
      signer: { authority: 'TM. ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: 'A' },
    },
  });
  expect(created.statusCode).toBe(201);
  const id = String(created.json().id);
  expect((await call('POST', `/api/v1/plans/${id}/submit`, 'cambinh')).statusCode).toBe(200);
  const issued = await call('POST', `/api/v1/plans/${id}/issue`, 'lanhdao.cambinh', {
    issuedOn: '2022-04-01',
  });
  expect(issued.statusCode, String(issued.json().detail)).toBe(200);
  return { unitId: wardId, phase };
}
