import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findTemplate } from '../../src/domain/elections/milestone-templates';
import { weekday } from '../../src/domain/shared/calendar';
import type { Unit } from '../../src/domain/units/unit';
import {
  buildActivity,
  buildClaim,
  buildContent,
  buildElection,
  buildPlan,
  buildStation,
  buildTree,
  buildUnit,
  buildUser,
  SAMPLE,
} from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

// The factories go through the real use cases: what they build is what the API then serves.

let t: TestApp;
let ward: Unit;
let leader = '';

beforeAll(async () => {
  t = await buildTestApp();
  const province = await buildUnit(t.deps, { name: 'Tỉnh thử' });
  ward = await buildUnit(t.deps, { parent: province, name: 'Phường thử' });
  await buildUser(t.deps, ward, { username: 'lanhdao.phuong', role: 'leader' });
  leader = await t.login('lanhdao.phuong');
});
afterAll(async () => t.close());

const get = (url: string) => t.app.inject({ url, headers: { cookie: leader } });

describe('factories', () => {
  test('buildTree signs in a user of every role at every level, each in their own unit', async () => {
    const tree = await buildTree(t.deps);
    for (const level of ['province', 'district', 'commune', 'village'] as const) {
      for (const role of ['admin', 'leader', 'officer', 'viewer'] as const) {
        const cookie = await t.login(tree.users[level][role].username);
        const me = (await t.app.inject({ url: '/api/v1/me', headers: { cookie } })).json();
        expect(me).toMatchObject({ role, unit: { id: tree[level].id, kind: level } });
      }
    }
    expect(tree.village.path.startsWith(tree.commune.path)).toBe(true);
    expect(tree.commune.path.startsWith(tree.district.path)).toBe(true);
  });

  test('buildPlan issues a plan with a number, approved by someone other than its author', async () => {
    const draft = await buildPlan(t.deps, ward);
    expect(draft).toMatchObject({ status: 'draft', number: null });
    expect(draft.title).toContain(SAMPLE);
    const issued = await buildPlan(t.deps, ward, { status: 'issued', issuedOn: '2026-03-02' });
    expect(issued).toMatchObject({ status: 'issued', number: 1, issuedOn: '2026-03-02' });
    expect(issued.approvedBy).not.toBe(issued.createdBy);
    expect((await get(`/api/v1/plans/${issued.id}`)).json().status).toBe('issued');
  });

  test('buildActivity records work of the unit, read back through the API', async () => {
    const activity = await buildActivity(t.deps, ward, { quantity: 3 });
    const day = activity.occurredOn;
    const listed = (await get(`/api/v1/activities?from=${day}&to=${day}`)).json();
    expect(listed.items.find((a: { id: string }) => a.id === activity.id)).toMatchObject({
      quantity: 3,
      categoryCode: 'luot_phat',
    });
  });

  test('buildContent attaches a file of the kind and approves with a second person', async () => {
    const poster = await buildContent(t.deps, ward, { kind: 'poster', status: 'approved' });
    expect(poster).toMatchObject({ status: 'approved', file: { mediaType: 'image/png' } });
    expect(poster.approvedBy).not.toBe(poster.createdBy);
    const audio = await buildContent(t.deps, ward, { kind: 'audio', file: true });
    expect(audio).toMatchObject({ status: 'draft', file: { mediaType: 'audio/wav' } });
    expect(audio.file?.durationSeconds).toBe(2);
    expect((await get(`/api/v1/content/${audio.id}`)).statusCode).toBe(200);
  });

  test('buildElection dates every milestone of its template from a Sunday ahead', async () => {
    const { election, milestones } = await buildElection(t.deps, ward);
    expect(election).toMatchObject({ type: 'VILLAGE_HEAD', sample: true, unitId: ward.id });
    expect(weekday(election.electionDay)).toBe(0);
    expect(milestones).toHaveLength(findTemplate(election.template)?.items.length ?? -1);
    expect(milestones.some((m) => m.dueOn === election.electionDay)).toBe(true);
    expect((await get(`/api/v1/elections/${election.id}`)).statusCode).toBe(200);
  });

  test("buildStation's token reads the station's schedule on the device API", async () => {
    const { station, token } = await buildStation(t.deps, ward);
    const res = await t.app.inject({
      url: '/api/v1/device/schedule',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().stationId).toBe(station.id);
  });

  test('buildClaim makes separate cases by default and reaches a verdict step by step', async () => {
    const first = await buildClaim(t.deps, ward);
    const judged = await buildClaim(t.deps, ward, { status: 'false' });
    expect(first.status).toBe('new');
    expect(judged).toMatchObject({ status: 'false', verdict: 'false' });
    expect(judged.groupId).not.toBe(first.groupId);
  });
});
