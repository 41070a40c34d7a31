import { describe, expect, it } from 'vitest';
import type { ImportDocumentResponse } from './imports.api';
import { toFiguresRequest, toFormValues, toPlanContent } from './import-form';

const UNIT = '9073534e-cee1-4a00-8127-3811838ce9f7';
const task = (
  text: string,
  frequencyText: string | null = null,
  channel: 'loudspeaker' | 'web_portal' | null = null,
) => ({
  text,
  channel,
  frequencyText,
  recurrence: frequencyText ? { count: 1, per: 'week' as const } : null,
  deadline: null,
  target: null,
});

const response: ImportDocumentResponse = {
  fileName: 'kh.txt',
  documentHash: 'a'.repeat(64),
  format: 'txt',
  kind: 'plan',
  extraction: {
    number: '51/KH-UBND',
    issued_date: '2022-04-06',
    place: 'Cẩm Bình',
    title: 'Tuyên truyền',
    election: { type: 'VILLAGE_HEAD', term: '2022-2025', election_date: '2022-06' },
    bases: ['Kế hoạch số 124/KH-UBND'],
    period: { from: '2022-04-01', to: '2022-06-15' },
    phases: [{ name: 'Đợt 1', from: null, to: null }],
    channels: ['radio', 'not_a_channel'],
    assignments: [
      { unit: 'Các cơ quan', tasks: ['Quán triệt'], frequency: null, deadline: null },
      { unit: 'Bộ phận VHXH', tasks: ['Tin bài', 'Loa'], frequency: 'tối thiểu 01 lần/tuần' },
    ],
    recipients: [{ name: 'UBND thành phố', purpose: 'b/c' }],
    signer: { authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Nguyễn Công Bằng' },
  },
  text: '',
  sources: {},
  warnings: [],
  planDraft: {
    title: 'Tuyên truyền',
    assignments: [
      { unitId: null, unitName: 'Các cơ quan', tasks: [task('Quán triệt')] },
      {
        unitId: UNIT,
        unitName: 'Bộ phận VHXH',
        // The loudspeaker bullet states the frequency; the news bullet names the portal.
        tasks: [
          task('Tin bài', null, 'web_portal'),
          task('Loa', 'tối thiểu 01 lần/tuần', 'loudspeaker'),
        ],
      },
    ],
  },
  unmatchedAssignments: [0],
  figures: [
    {
      index: 2,
      what: 'tin bài',
      channel: 'web_portal',
      extraChannels: [],
      outlet: null,
      categoryCode: 'tin_bai',
      quantity: 51,
      approx: false,
      qualifier: null,
    },
  ],
};

describe('the import review form', () => {
  it('starts from the extraction, keeping only whole dates and known channels', () => {
    const v = toFormValues(response, '2026-05-01');
    expect(v.number).toBe('51/KH-UBND');
    expect(v.election).toEqual({ type: 'VILLAGE_HEAD', term: '2022-2025', electionDate: null });
    expect(v.channels).toEqual(['radio']);
    expect(v.assignments.map((a) => a.unitId)).toEqual([null, UNIT]);
    expect(v.assignments[1]?.tasks).toBe('Tin bài\nLoa');
    expect(v.occurredOn).toBe('2022-04-06');
    expect(toFormValues({ ...response, extraction: {} }, '2026-05-01').occurredOn).toBe(
      '2026-05-01',
    );
  });

  it('keeps every unit of bodies named together, as read and as the reviewer leaves them', () => {
    const OTHER = '5b1f1d36-8f3e-4d8e-9c55-6a1f0e2b7c11';
    const joint: ImportDocumentResponse = {
      ...response,
      planDraft: {
        ...response.planDraft,
        assignments: [
          { unitId: UNIT, unitIds: [OTHER], unitName: 'Các cơ quan', tasks: [task('Quán triệt')] },
        ],
      },
    };
    const v = toFormValues(joint, '2026-05-01');
    expect(v.assignments[0]).toMatchObject({ unitId: UNIT, unitIds: [OTHER] });
    expect(toPlanContent(v, joint).assignments?.[0]).toMatchObject({
      unitId: UNIT,
      unitIds: [OTHER],
    });
    const row = v.assignments[0];
    if (!row) throw new Error('no row');
    // The reviewer clears the others: one unit. Clears the first: the next one leads.
    row.unitIds = [];
    expect(toPlanContent(v, joint).assignments?.[0]?.unitIds).toBeUndefined();
    row.unitId = null;
    row.unitIds = [OTHER, UNIT, OTHER];
    expect(toPlanContent(v, joint).assignments?.[0]).toMatchObject({
      unitId: OTHER,
      unitIds: [UNIT],
    });
  });

  it('lays the edits over the plan draft, keeping unmatched units by name', () => {
    const v = toFormValues(response, '2026-05-01');
    v.title = ' Tuyên truyền bầu cử ';
    const second = v.assignments[1];
    if (second) second.tasks = 'Tin bài\n\nLoa\nMới';
    v.assignments.push({
      origin: null,
      unitId: null,
      unitIds: [],
      unitName: '',
      tasks: '',
      frequency: '',
      deadline: null,
    });
    v.phases[0] = { origin: 0, name: 'Đợt 1', from: '2022-04-10', to: '2022-04-30' };
    const c = toPlanContent(v, response);
    expect(c.title).toBe('Tuyên truyền bầu cử');
    expect(c.assignments).toHaveLength(2);
    expect(c.assignments?.[0]).toMatchObject({ unitId: null, unitName: 'Các cơ quan' });
    // Each bullet kept as read keeps its own channel and frequency; a new line has neither.
    expect(c.assignments?.[1]?.tasks.map((t) => [t.text, t.channel, t.recurrence])).toEqual([
      ['Tin bài', 'web_portal', null],
      ['Loa', 'loudspeaker', { count: 1, per: 'week' }],
      ['Mới', null, null],
    ]);
    // A frequency typed over the document's applies to the unit's every task.
    if (second) second.frequency = '02 lần/tuần';
    expect(
      toPlanContent(v, response).assignments?.[1]?.tasks.map((t) => [
        t.frequencyText,
        t.recurrence,
      ]),
    ).toEqual([
      ['02 lần/tuần', null],
      ['02 lần/tuần', null],
      ['02 lần/tuần', null],
    ]);
    expect(c.phases).toEqual([
      { name: 'Đợt 1', from: '2022-04-10', to: '2022-04-30', peak: false },
    ]);
    expect(c.signer).toEqual({
      authority: 'TM. ỦY BAN NHÂN DÂN',
      position: 'CHỦ TỊCH',
      name: 'Nguyễn Công Bằng',
    });
    expect(c.recipients).toEqual([{ name: 'UBND thành phố', purpose: 'b/c', unitId: null }]);
  });

  it('sends the figures with their index in the document', () => {
    const v = toFormValues(response, '2026-05-01');
    expect(toFiguresRequest(v, response, UNIT)).toEqual({
      unitId: UNIT,
      occurredOn: '2022-04-06',
      documentHash: response.documentHash,
      fileName: 'kh.txt',
      figures: [
        {
          index: 2,
          channel: 'web_portal',
          extraChannels: [],
          outlet: null,
          approx: null,
          categoryCode: 'tin_bai',
          quantity: 51,
          title: 'tin bài',
        },
      ],
    });
  });
});
