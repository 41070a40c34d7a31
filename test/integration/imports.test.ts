import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Unit } from '../../src/domain/units/unit';
import { MAX_LISTED } from '../../src/extract/extract-fields';
import { buildTree, buildUnit } from '../support/factories';
import { distinctCountsLine, HOSTILE_PHRASES, hostileLine } from '../support/extract/hostile-lines';
import { buildTestApp, type TestApp } from '../support/test-app';
import { formBody } from '../support/upload-form';

const SEEDS = new URL('../fixtures/seeds/', import.meta.url);
const seed = (name: string) => readFileSync(new URL(name, SEEDS));

let t: TestApp;
const c = new Map<string, string>();
// The seed documents are a ward's plan and a city's report: a ward officer imports the plan, whose
// assignments name the ward's Văn hóa - Xã hội section among others; a city officer the report.
let ward: Unit;
let city: Unit;
let section: Unit;
beforeAll(async () => {
  t = await buildTestApp();
  const tree = await buildTree(t.deps);
  ({ commune: ward, district: city } = tree);
  section = await buildUnit(t.deps, {
    parent: ward,
    name: 'Bộ phận Văn hóa - Xã hội thử',
    kind: 'agency',
  });
  c.set('ward', await t.login(tree.users.commune.officer.username));
  c.set('city', await t.login(tree.users.district.officer.username));
});
afterAll(async () => t.close());

const post = (url: string, who: string, payload: object) =>
  t.app.inject({ method: 'POST', url, headers: { cookie: c.get(who) ?? '' }, payload });
const upload = async (who: string, fileName: string, bytes: Buffer) => {
  const form = await formBody({ file: { name: fileName, bytes } });
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/imports',
    headers: { cookie: c.get(who) ?? '', ...form.headers },
    payload: form.payload,
  });
};

describe('importing a plan', () => {
  test('the ward plan 51/KH-UBND becomes a draft: fields with their source in the text, assignments matched to units', async () => {
    const res = await upload('ward', '51-KH-UBND.txt', seed('000_8d1b414aa8c00f3e.txt'));
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.kind).toBe('plan');
    expect(body.fileName).toBe('51-KH-UBND.txt');
    const span = body.sources.number;
    expect(body.text.slice(span.start, span.end)).toContain('51/KH-UBND');
    expect(body.planDraft).toMatchObject({
      periodFrom: '2022-04-01',
      periodTo: '2022-06-15',
      title: expect.stringContaining('Trưởng khu phố'),
    });
    const names = body.planDraft.assignments.map(
      (a: { unitName: string; unitId: string | null }) => [a.unitName, a.unitId !== null],
    );
    expect(names).toContainEqual(['Bộ phận Văn hóa Xã hội', true]);
    // Matched to the ward's own section; the units the ward does not have stay to be chosen.
    expect(
      body.planDraft.assignments.find(
        (a: { unitName: string }) => a.unitName === 'Bộ phận Văn hóa Xã hội',
      ).unitId,
    ).toBe(section.id);
    expect(body.unmatchedAssignments.length).toBeGreaterThan(0);

    // The section's three bullets are three tasks; only the loudspeaker duty is weekly (its
    // "Duy trì … 01 lần/tuần" sentence belongs to it), and each task carries its own channel.
    const culture = body.planDraft.assignments.find(
      (a: { unitName: string }) => a.unitName === 'Bộ phận Văn hóa Xã hội',
    );
    expect(
      culture.tasks.map((task: { channel: string | null; recurrence: unknown }) => [
        task.channel,
        task.recurrence,
      ]),
    ).toEqual([
      [null, null],
      ['loudspeaker', { count: 1, per: 'week' }],
      ['web_portal', null],
    ]);
    expect(culture.tasks[1].frequencyText).toBe('tối thiểu 01 lần/tuần');
    expect(culture.tasks[1].text).not.toContain('Duy trì');

    const draft = await post('/api/v1/plans', 'ward', {
      unitId: ward.id,
      content: body.planDraft,
    });
    expect(draft.statusCode).toBe(201);
    expect(draft.json()).toMatchObject({
      status: 'draft',
      periodFrom: '2022-04-01',
      recipients: expect.arrayContaining([
        expect.objectContaining({ name: 'UBND thành phố Cẩm Phả', purpose: 'b/c' }),
      ]),
    });
  });
});

describe('importing a report', () => {
  test('the Hạ Long sơ kết figures become activities, once, however often the file is imported', async () => {
    const body = (
      await upload('city', 'so-ket-dot-1.txt', seed('002_6df36ae9a49cd3c2.txt'))
    ).json();
    const social = body.figures.find(
      (f: { channel: string; quantity: number }) =>
        f.channel === 'social_media' && f.quantity === 170,
    );
    expect(social).toMatchObject({ categoryCode: 'tin_bai', approx: true, qualifier: 'over' });
    expect(body.figures.find((f: { quantity: number }) => f.quantity === 84)).toMatchObject({
      channel: 'radio',
      extraChannels: ['television'],
      qualifier: null,
    });
    expect(body.figures.find((f: { quantity: number }) => f.quantity === 53)).toMatchObject({
      channel: 'social_media',
      extraChannels: [],
      outlet: 'fanpage “Truyền hình Hạ Long”',
    });
    expect(body.figures.find((f: { quantity: number }) => f.quantity === 60)?.categoryCode).toBe(
      'phan_bac',
    );
    const figures = body.figures.map(
      (f: {
        index: number;
        channel: string;
        extraChannels: string[];
        outlet: string | null;
        qualifier: string | null;
        categoryCode: string;
        quantity: number;
        what: string;
      }) => ({
        index: f.index,
        channel: f.channel,
        extraChannels: f.extraChannels,
        outlet: f.outlet,
        approx: f.qualifier,
        categoryCode: f.categoryCode,
        quantity: f.quantity,
        title: f.what,
      }),
    );
    const payload = {
      unitId: city.id,
      occurredOn: '2021-03-26',
      documentHash: body.documentHash,
      fileName: 'so-ket-dot-1.txt',
      figures,
    };
    const first = await post('/api/v1/imports/figures', 'city', payload);
    expect(first.json()).toEqual({ created: figures.length, alreadyImported: 0 });
    expect((await post('/api/v1/imports/figures', 'city', payload)).json()).toEqual({
      created: 0,
      alreadyImported: figures.length,
    });
    const day = (
      await t.app.inject({
        url: `/api/v1/activities?unitId=${city.id}&from=2021-03-26&to=2021-03-26`,
        headers: { cookie: c.get('city') ?? '' },
      })
    ).json();
    const recorded = day.items.filter((a: { source: string }) => a.source === 'document');
    expect(recorded).toHaveLength(figures.length);
    // Kept as the document states them: "trên 170", one figure over radio and television.
    expect(recorded).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ quantity: 170, approx: 'over', channels: ['social_media'] }),
        expect.objectContaining({ quantity: 84, approx: null, channels: ['radio', 'television'] }),
        expect.objectContaining({ quantity: 53, outlet: 'fanpage “Truyền hình Hạ Long”' }),
      ]),
    );
  });
});

describe('bad files', () => {
  test('an executable, an empty file and a picture are refused with a message, not a crash', async () => {
    for (const [name, bytes] of [
      ['bao-cao.docx', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0])],
      ['trong.txt', Buffer.alloc(0)],
      ['anh.pdf', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])],
    ] as const) {
      const res = await upload('ward', name, bytes);
      expect(res.statusCode, name).toBe(400);
      expect(res.json().detail.length).toBeGreaterThan(10);
    }
  });
});

describe('a file of one endless line', () => {
  // Each family of rules on a line of 1 MB: the import answers with a draft, never a server
  // error, and hands back no more figures than can be saved at once.
  test.each(Object.entries(HOSTILE_PHRASES))('a line of %s gives a draft', async (_, phrase) => {
    const res = await upload('ward', 'dong-dai.txt', Buffer.from(hostileLine(phrase, 1e6)));
    expect(res.statusCode).toBe(200);
    expect(res.json().figures.length).toBeLessThanOrEqual(MAX_LISTED);
  });

  test('says which part it left out of the draft, and which list it cut', async () => {
    const titles = await upload(
      'ward',
      'dong-dai.txt',
      Buffer.from(hostileLine(HOSTILE_PHRASES.titles ?? '', 1e6)),
    );
    expect(titles.json().planDraft.title).toBeUndefined();
    expect(titles.json().warnings.join(' ')).toContain('Mục trích yếu đọc được vượt giới hạn');
    const counts = await upload('ward', 'dong-dai.txt', Buffer.from(distinctCountsLine(1e6)));
    expect(counts.json().warnings.join(' ')).toContain('Văn bản có hơn 500 mục số liệu');
  });
});
