import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addDays, weekStart } from '../../src/domain/shared/calendar';
import { civilDate } from '../../src/domain/shared/dates';
import {
  buildContent,
  buildSlot,
  buildStation,
  buildTree,
  buildUnit,
  buildUser,
  type BuiltTree,
} from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

// The content and broadcast factories go through the real use cases: what they build is what the
// API then serves.

let t: TestApp;
let tree: BuiltTree;

beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildTree(t.deps);
});
afterAll(async () => t.close());

const get = async (url: string, username: string) =>
  t.app.inject({ url, headers: { cookie: await t.login(username) } });

describe('broadcast and content factories', () => {
  test('buildContent sends an approved item to the units in sentTo, and only to them', async () => {
    const item = await buildContent(t.deps, tree.district, {
      status: 'approved',
      sentTo: [tree.commune],
    });
    const recipients = (
      await get(`/api/v1/content/${item.id}/recipients`, tree.users.district.officer.username)
    ).json();
    expect(recipients).toMatchObject({ total: 1, items: [{ unitName: tree.commune.name }] });
    const ward = await get(`/api/v1/content/${item.id}`, tree.users.commune.officer.username);
    expect(ward.json()).toMatchObject({ received: { acknowledgedAt: null } });
    // A ward beside it, under the same city, was not sent it.
    const beside = await buildUnit(t.deps, { parent: tree.district, name: 'Phường bên cạnh thử' });
    const neighbour = await buildUser(t.deps, beside, { role: 'officer' });
    expect((await get(`/api/v1/content/${item.id}`, neighbour.username)).statusCode).toBe(404);
  });

  test('buildSlot plays on Monday, Wednesday and Friday at 06:30 and 17:00 by default', async () => {
    const audio = await buildContent(t.deps, tree.commune, { kind: 'audio', status: 'approved' });
    const { station } = await buildStation(t.deps, tree.commune);
    const slot = await buildSlot(t.deps, [station], audio.id);
    expect(slot).toMatchObject({ stationIds: [station.id], repeat: 'weekly', priority: 'normal' });
    const monday = weekStart(addDays(civilDate(t.deps.clock.now()), 7));
    const week = (
      await get(
        `/api/v1/broadcasts/schedule?unitId=${tree.commune.id}&from=${monday}&to=${addDays(monday, 6)}`,
        tree.users.commune.officer.username,
      )
    ).json();
    expect(week.plays.map((p: { date: string; time: string }) => `${p.date} ${p.time}`)).toEqual(
      [0, 2, 4].flatMap((d) => ['06:30', '17:00'].map((at) => `${addDays(monday, d)} ${at}`)),
    );
  });
});
