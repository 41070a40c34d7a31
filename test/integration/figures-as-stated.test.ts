import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Actor } from '../../src/domain/accounts/access';
import { createPlan } from '../../src/domain/plans/create-plan';
import { issuePlan } from '../../src/domain/plans/issue-plan';
import { submitPlan } from '../../src/domain/plans/plan-transitions';
import { HALONG_PHASE1_DAY, seedHalongPhase1Figures } from '../../src/db/seed/demo-halong-figures';
import type { DemoIds } from '../../src/db/seed/demo-actors';
import { summaryFiles } from '../../src/documents/summary-files';
import {
  channelLineText,
  figurePhrase,
  outletLineText,
  rollUpByChannel,
} from '../../src/domain/activities/figures';
import type { Unit } from '../../src/domain/units/unit';
import { buildUnit, buildUser } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

// Hạ Long's sơ kết of 26/3/2021 (seed 002): the figures as it states them, recorded through the
// use cases, must come back out of the phase summary and its DOCX exactly as stated.
let t: TestApp;
const units: DemoIds = new Map();
let officer: Actor;
let cookie = '';

const actorOf = (user: { id: string; username: string; role: Actor['role'] }, unit: Unit) => ({
  userId: user.id,
  username: user.username,
  displayName: user.username,
  role: user.role,
  unitId: unit.id,
  unitPath: unit.path,
});

/** A plan of the city for the last week of phase 1: the media centre must air on television and on radio. */
async function issueAiringPlan(leader: Actor): Promise<void> {
  const full = { ...t.deps, mailer: null };
  const ttvh = units.get('halong-ttvh');
  if (!ttvh) throw new Error('no media centre');
  const weekly = (channel: 'radio' | 'television', text: string) => ({
    text,
    channel,
    frequencyText: 'tối thiểu 01 tin, bài/tuần',
    recurrence: { count: 1, per: 'week' as const },
    deadline: null,
    target: null,
  });
  const plan = await createPlan(full, officer, {
    unitId: officer.unitId,
    content: {
      title: 'Tuyên truyền bầu cử tuần cuối đợt 1 (dữ liệu thử)',
      bodyCode: 'UBND',
      periodFrom: '2021-03-22',
      periodTo: '2021-03-28',
      channels: ['radio', 'television'],
      phases: [],
      assignments: [
        {
          unitId: ttvh.id,
          unitName: ttvh.name,
          tasks: [
            weekly('television', 'Phát sóng tin, bài về bầu cử trên truyền hình.'),
            weekly('radio', 'Phát sóng tin, bài về bầu cử trên sóng phát thanh.'),
          ],
        },
      ],
      signer: { authority: 'TM. ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: 'Người ký thử' },
    },
  });
  await submitPlan(full, officer, plan.id);
  await issuePlan(full, leader, plan.id, { number: 9, issuedOn: '2021-03-20' });
}

beforeAll(async () => {
  t = await buildTestApp();
  const province = await buildUnit(t.deps, { name: 'Tỉnh Quảng Ninh', kind: 'province' });
  const city = await buildUnit(t.deps, {
    parent: province,
    name: 'Thành phố Hạ Long',
    kind: 'district',
  });
  units.set('halong', city);
  for (const [key, name] of [
    ['halong-btg', 'Ban Tuyên giáo Thành ủy Hạ Long'],
    ['halong-ttvh', 'Trung tâm Truyền thông và Văn hóa thành phố Hạ Long'],
  ] as const)
    units.set(key, await buildUnit(t.deps, { parent: city, name, kind: 'agency' }));
  const user = await buildUser(t.deps, city, { username: 'halong', role: 'officer' });
  const boss = await buildUser(t.deps, city, { username: 'lanhdao.halong', role: 'leader' });
  officer = actorOf(user, city);
  await issueAiringPlan(actorOf(boss, city));
  await seedHalongPhase1Figures(t.deps, units);
  cookie = await t.login('halong');
});
afterAll(async () => t.close());

const phase1 = () =>
  summaryFiles(t.deps, officer, {
    unitId: units.get('halong')?.id ?? '',
    from: '2021-01-18',
    to: '2021-03-25',
  });

describe('the sơ kết of TP Hạ Long over phase 1, as the document states it', () => {
  test('each unit’s figures read "trên 170", "trên 60", 51, 84 over radio and TV, 53 on the fanpage', async () => {
    const { summary } = await phase1();
    const phrases = (name: string) =>
      summary.byChild.find((c) => c.unitName.startsWith(name))?.rows.map(figurePhrase) ?? [];
    expect(phrases('Ban Tuyên giáo')).toEqual(
      expect.arrayContaining([
        'trên 170 tin, bài (mạng xã hội)',
        'trên 60 tin, bài phản bác thông tin sai trái (mạng xã hội)',
      ]),
    );
    expect(phrases('Trung tâm')).toEqual(
      expect.arrayContaining([
        '51 tin, bài (cổng thông tin điện tử)',
        '84 tin, bài (phát thanh, truyền hình)',
        '53 tin, bài (mạng xã hội, fanpage “Truyền hình Hạ Long”)',
      ]),
    );
  });

  test('the roll-up by channel puts 84 on one line over radio and TV and the fanpage on its own line', async () => {
    const { summary } = await phase1();
    const lines = rollUpByChannel(summary.figures);
    expect(lines.map(channelLineText)).toEqual([
      'Phát thanh, truyền hình: 84 tin/bài',
      'Cổng thông tin điện tử: 51 tin/bài',
      'Mạng xã hội: trên 283 tin/bài',
    ]);
    expect(lines[2]?.outlets.map((o) => outletLineText(o, 'tin/bài'))).toEqual([
      'trong đó fanpage “Truyền hình Hạ Long”: 53 tin/bài',
    ]);
  });

  test('the DOCX carries the same, and its total is approximate', async () => {
    const files = await phase1();
    const xml =
      (await (
        await JSZip.loadAsync(await files.docx())
      )
        .file('word/document.xml')
        ?.async('string')) ?? '';
    const text = xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
    for (const stated of [
      'trên 170 tin, bài (mạng xã hội)',
      'trên 60 tin, bài phản bác thông tin sai trái (mạng xã hội)',
      '51 tin, bài (cổng thông tin điện tử)',
      '84 tin, bài (phát thanh, truyền hình)',
      'Phát thanh, truyền hình: 84 tin/bài',
      'trong đó fanpage “Truyền hình Hạ Long”: 53 tin/bài',
      'Tổng cộng: trên 418 tin/bài',
    ])
      expect(text).toContain(stated);
    // 84 is never split into a radio part and a television part.
    expect(text).not.toMatch(/Đài phát thanh: \d/);
    expect(text).not.toMatch(/Truyền hình: \d/);
  });
});

describe('a figure over several channels, counted towards tasks', () => {
  test('meets a task on each of its channels once, as recorded and when counted again', async () => {
    const read = async () =>
      (
        await t.deps.repos.obligations.periods({
          withinPath: units.get('halong')?.path ?? '',
          from: '2021-03-22',
          to: '2021-03-28',
          limit: 10,
        })
      )
        .map((p) => [p.channel, p.done])
        .sort();
    expect(await read()).toEqual([
      ['radio', 84],
      ['television', 84],
    ]);
    await t.deps.repos.obligations.recountAll();
    expect(await read()).toEqual([
      ['radio', 84],
      ['television', 84],
    ]);
  });
});

describe('recording a figure through the API', () => {
  const post = (payload: object) =>
    t.app.inject({ method: 'POST', url: '/api/v1/activities', headers: { cookie }, payload });
  const base = () => ({
    unitId: units.get('halong-ttvh')?.id,
    occurredOn: HALONG_PHASE1_DAY,
    categoryCode: 'tin_bai',
    quantity: 12,
  });

  test('keeps the qualifier, every channel and the outlet as given', async () => {
    const res = await post({
      ...base(),
      channel: 'television',
      extraChannels: ['radio'],
      approx: 'about',
      outlet: 'kênh “QTV3” (dữ liệu thử)',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      channel: 'radio',
      channels: ['radio', 'television'],
      approx: 'about',
      outlet: 'kênh “QTV3” (dữ liệu thử)',
    });
  });

  test('lists a figure over radio and television under either channel', async () => {
    for (const channel of ['radio', 'television']) {
      const res = await t.app.inject({
        url: `/api/v1/activities?channel=${channel}&from=2021-01-18&to=2021-03-25`,
        headers: { cookie },
      });
      expect(
        res.json().items.filter((a: { quantity: number }) => a.quantity === 84),
        channel,
      ).toHaveLength(1);
    }
  });

  test('refuses a channel chosen twice, a category not for one of the channels, an unknown qualifier', async () => {
    const twice = await post({ ...base(), channel: 'radio', extraChannels: ['radio'] });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().errors[0].path).toBe('extraChannels');
    const foreign = await post({ ...base(), channel: 'radio', extraChannels: ['visual'] });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().errors[0]).toMatchObject({
      path: 'categoryCode',
      message: expect.stringContaining('Cổ động trực quan'),
    });
    const vague = await post({ ...base(), channel: 'radio', approx: 'roughly' });
    expect(vague.statusCode).toBe(400);
    expect(vague.json().errors[0].path).toContain('approx');
  });
});
