import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { query } from '../support/db-state';
import { buildMoveWorld, type MoveWorld } from '../support/move-world';
import { buildTestApp, type TestApp } from '../support/test-app';
import { idColumnOf, stalePaths } from '../support/unit-references';

let t: TestApp;
let w: MoveWorld;
const portalBefore = new Map<string, string>();

const call = (
  cookie: string,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  payload?: object,
) => t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
const portal = async (unitId: string) =>
  (await t.app.inject({ url: `/dia-phuong/${unitId}` })).body;
const link = (unitId: string) => `href="/dia-phuong/${unitId}"`;

/** What each side reads of the moved branch: one route per kind of row. */
const reads = () => [
  `/api/v1/content/${w.rows.content}`,
  `/api/v1/reports/${w.rows.report}`,
  `/api/v1/claims/${w.rows.claim}`,
  `/api/v1/elections/${w.rows.election}`,
  `/api/v1/elections/${w.rows.election}/polling`,
  `/api/v1/elections/${w.rows.election}/candidates`,
  `/api/v1/stations?unitId=${w.moved.id}`,
  `/api/v1/voter-info?unitId=${w.moved.id}`,
];

beforeAll(async () => {
  t = await buildTestApp();
  w = await buildMoveWorld(t);
  // Cached before the move, so the test sees whether the move drops them.
  for (const id of [w.moved.id, w.oldParent.id, w.newParent.id])
    portalBefore.set(id, await portal(id));
});
afterAll(async () => t.close());

describe('moving a unit moves everything that refers to it', () => {
  test('the moved branch owns a row of every table that refers to a unit', () => {
    // A table named here was added without a row in buildMoveWorld: extend the fixture.
    expect(w.unowned, 'tables with no row of the moved branch').toEqual([]);
    expect(w.referrers.length).toBeGreaterThan(15);
  });

  test('before the move the old branch reads the rows and the new branch gets 404', async () => {
    for (const url of reads()) {
      expect((await call(w.cookies.oldOfficer, 'GET', url)).statusCode, url).toBe(200);
      expect((await call(w.cookies.newOfficer, 'GET', url)).statusCode, url).toBe(404);
    }
    expect(portalBefore.get(w.moved.id)).toContain(link(w.oldParent.id));
    expect(portalBefore.get(w.oldParent.id)).toContain(link(w.moved.id));
  });

  test('a leader above both branches moves it', async () => {
    const res = await call(w.cookies.admin, 'POST', `/api/v1/units/${w.moved.id}/move`, {
      parentId: w.newParent.id,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().parentId).toBe(w.newParent.id);
  });

  test('every copied path of every referring table lies under the new parent', async () => {
    const newPath = `${w.newParent.path}${w.moved.id}/`;
    const ids = w.subtree.map((id) => `'${id}'`).join(', ');
    for (const r of w.referrers) {
      for (const column of r.pathColumns) {
        const [row] = await query(
          t.database,
          `select count(*) filter (where "${idColumnOf(r, column)}" in (${ids}) and "${column}" not like '${newPath}%')::int as astray,
                  count(*) filter (where "${column}" like '${w.moved.path}%')::int as stale
             from "${r.table}"`,
        );
        expect(row, `${r.table}.${column}`).toEqual({ astray: 0, stale: 0 });
      }
    }
    expect(await stalePaths(t.database, w.referrers)).toEqual([]);
  });

  test('the new branch reads the rows and the old branch gets 404', async () => {
    for (const url of reads()) {
      expect((await call(w.cookies.oldOfficer, 'GET', url)).statusCode, url).toBe(404);
      expect((await call(w.cookies.newOfficer, 'GET', url)).statusCode, url).toBe(200);
    }
  });

  test('only the new branch acts on them: token, claim, candidate, list, voter text, slot', async () => {
    const next =
      w.claimStatus === 'verifying' ? 'false' : w.claimStatus === 'closed' ? 'verifying' : 'closed';
    const acts: Array<
      [officer: boolean, method: 'POST' | 'PUT' | 'DELETE', url: string, body?: object]
    > = [
      [true, 'POST', `/api/v1/stations/${w.rows.station}/token`],
      [true, 'POST', `/api/v1/claims/${w.rows.claim}/status`, { status: next }],
      [
        true,
        'POST',
        '/api/v1/candidates',
        { districtId: w.rows.district, fullName: 'Trần Văn Mới' },
      ],
      [false, 'POST', `/api/v1/districts/${w.rows.district}/publish-candidates`],
      [
        true,
        'PUT',
        '/api/v1/voter-info',
        {
          unitId: w.moved.id,
          key: 'rights_duties',
          title: 'Quyền của cử tri',
          body: 'Mỗi cử tri một phiếu.',
        },
      ],
      [true, 'DELETE', `/api/v1/broadcasts/slots/${w.rows.slot}`],
    ];
    for (const [officer, method, url, body] of acts) {
      const old = await call(
        officer ? w.cookies.oldOfficer : w.cookies.oldLeader,
        method,
        url,
        body,
      );
      expect(old.statusCode, `old branch: ${method} ${url}`).toBe(404);
      const now = await call(
        officer ? w.cookies.newOfficer : w.cookies.newLeader,
        method,
        url,
        body,
      );
      expect(now.statusCode, `new branch: ${method} ${url}: ${now.body}`).toBeLessThan(300);
    }
  });

  test('portal pages cached before the move show the new place of the branch', async () => {
    const moved = await portal(w.moved.id);
    expect(moved).toContain(link(w.newParent.id));
    expect(moved).not.toContain(link(w.oldParent.id));
    expect(await portal(w.oldParent.id)).not.toContain(link(w.moved.id));
    expect(await portal(w.newParent.id)).toContain(link(w.moved.id));
  });

  test('two moves of one unit at once: each applies in turn or answers 409, no path is left behind', async () => {
    const targets = [w.oldParent, w.elsewhere];
    const results = await Promise.all(
      targets.map(({ id }) =>
        call(w.cookies.admin, 'POST', `/api/v1/units/${w.moved.id}/move`, { parentId: id }),
      ),
    );
    const codes = results.map((r) => r.statusCode);
    expect(codes, results.map((r) => r.body).join(' ')).toContain(200);
    for (const code of codes) expect([200, 409]).toContain(code);
    const [unit] = await query(
      t.database,
      `select parent_id, path from units where id = '${w.moved.id}'`,
    );
    const parent = targets.find((p) => p.id === unit?.parent_id);
    expect(unit?.path).toBe(`${String(parent?.path)}${w.moved.id}/`);
    expect(await stalePaths(t.database, w.referrers)).toEqual([]);
  });

  test('a move worked out from a path that has changed since is refused and changes nothing', async () => {
    const [before] = await query(t.database, `select path from units where id = '${w.moved.id}'`);
    const stale = `${w.newParent.path}${w.moved.id}/`;
    const done = await t.deps.uow.transaction((repos) =>
      repos.units.moveSubtree(
        w.moved.id,
        w.oldParent.id,
        stale,
        `${w.oldParent.path}${w.moved.id}/`,
        new Date(),
      ),
    );
    expect(done).toBe(false);
    const [after] = await query(t.database, `select path from units where id = '${w.moved.id}'`);
    expect(after?.path).toBe(before?.path);
    expect(await stalePaths(t.database, w.referrers)).toEqual([]);
  });
});
