import { query } from './db-state';
import type { Target } from './security-world';
import type { TestApp } from './test-app';

/** Cẩm Bình's officer adds a step each of its khu phố does; returns it and one khu phố. */
export async function perSubUnitStep(
  t: TestApp,
  cookie: string,
  electionId: string,
  wardId: string,
): Promise<{ milestoneId: string; villageId: string }> {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/elections/${electionId}/milestones`,
    headers: { cookie },
    payload: { title: 'Niêm yết danh sách cử tri', dueOn: '2022-05-25', perSubUnit: true },
  });
  if (res.statusCode !== 201) throw new Error(`per-sub-unit step: ${res.statusCode} ${res.body}`);
  const village = await one(
    t,
    'khu phố',
    `select id from units where parent_id = '${wardId}' and kind = 'village' order by name limit 1`,
  );
  return { milestoneId: res.json<{ id: string }>().id, villageId: village.id };
}

/** One row of the demo database as a target, or an error naming what is missing. */
export async function one(t: TestApp, what: string, text: string): Promise<Target> {
  const [row] = await query(t.database, text);
  if (typeof row?.id !== 'string') throw new Error(`demo world has no ${what}`);
  return { id: row.id, secret: typeof row.secret === 'string' ? row.secret : null };
}
