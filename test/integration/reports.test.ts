import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
const c = new Map<string, string>();
const u = new Map<string, string>();

beforeAll(async () => {
  t = await buildTestApp({ demo: true });
  for (const who of ['admin', 'halong', 'campha', 'cambinh', 'lanhdao.cambinh'])
    c.set(who, await t.login(who));
  for (const [key, q] of [
    ['halong', 'thanh pho ha long'],
    ['cambinh', 'phuong cam binh'],
    ['campha', 'thanh pho cam pha'],
  ] as const) {
    u.set(
      key,
      (await get(`/api/v1/units?search=${encodeURIComponent(q)}`, 'admin')).json().items[0].id,
    );
  }
});
afterAll(async () => t.close());

function get(url: string, who: string) {
  return t.app.inject({ url, headers: { cookie: c.get(who) ?? '' } });
}
function post(url: string, who: string, payload: object) {
  return t.app.inject({ method: 'POST', url, headers: { cookie: c.get(who) ?? '' }, payload });
}
const total = (
  rows: Array<{ channel: string; categoryCode: string; quantity: number }>,
  channel: string,
  category?: string,
) =>
  rows
    .filter((r) => r.channel === channel && (!category || r.categoryCode === category))
    .reduce((s, r) => s + r.quantity, 0);

describe('the Hạ Long phase 1 summary, built from activities', () => {
  test('shows the seed figures as stated: trên 170 and trên 60 shared, 51 portal, 84 radio and TV as one, 53 fanpage', async () => {
    const s = (
      await get(
        `/api/v1/reports/summary?unitId=${u.get('halong')}&phase=${encodeURIComponent('Đợt 1')}`,
        'halong',
      )
    ).json();
    expect(s).toMatchObject({
      kind: 'phase',
      phaseName: 'Đợt 1',
      from: '2021-01-18',
      to: '2021-03-25',
    });
    const btg = s.byChild.find((c: { unitName: string }) =>
      c.unitName.startsWith('Ban Tuyên giáo'),
    ).rows;
    const ttvh = s.byChild.find((c: { unitName: string }) =>
      c.unitName.startsWith('Trung tâm'),
    ).rows;
    expect(btg).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ categoryCode: 'tin_bai', quantity: 170, approx: 'over' }),
        expect.objectContaining({ categoryCode: 'phan_bac', quantity: 60, approx: 'over' }),
      ]),
    );
    expect(total(ttvh, 'web_portal')).toBe(51);
    expect(ttvh).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ channels: ['radio', 'television'], quantity: 84, approx: null }),
        expect.objectContaining({
          channels: ['social_media'],
          outlet: 'fanpage “Truyền hình Hạ Long”',
          quantity: 53,
        }),
      ]),
    );
  });

  test('the summary, the dashboard figures and the activity list reconcile exactly, and the DOCX and XLSX carry the same numbers', async () => {
    const q = `unitId=${u.get('halong')}&from=2021-01-18&to=2021-03-25`;
    const summary = (
      await get(
        `/api/v1/reports/summary?unitId=${u.get('halong')}&phase=${encodeURIComponent('Đợt 1')}`,
        'halong',
      )
    ).json();
    const figures = (
      await get(`/api/v1/units/${u.get('halong')}/figures?from=2021-01-18&to=2021-03-25`, 'halong')
    ).json();
    expect(summary.figures).toEqual(figures.rows);
    const list = (await get(`/api/v1/activities?${q}&pageSize=500`, 'halong')).json();
    const listed = list.items.reduce((s: number, a: { quantity: number }) => s + a.quantity, 0);
    expect(listed).toBe(
      figures.rows.reduce((s: number, r: { quantity: number }) => s + r.quantity, 0),
    );

    const docx = await get(
      `/api/v1/reports/summary.docx?unitId=${u.get('halong')}&phase=${encodeURIComponent('Đợt 1')}`,
      'halong',
    );
    const xml =
      (await (await JSZip.loadAsync(docx.rawPayload)).file('word/document.xml')?.async('string')) ??
      '';
    const text = xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain(
      'Sơ kết Đợt 1 công tác tuyên truyền từ ngày 18/01/2021 đến ngày 25/03/2021',
    );
    for (const r of figures.rows) expect(text).toContain(r.quantity.toLocaleString('vi-VN'));

    const xlsx = await get(
      `/api/v1/reports/summary.xlsx?unitId=${u.get('halong')}&phase=${encodeURIComponent('Đợt 1')}`,
      'halong',
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    const values: number[] = [];
    sheet?.eachRow((row) => {
      const v = row.getCell(4).value;
      if (typeof v === 'number') values.push(v);
    });
    expect(values.reduce((a, b) => a + b, 0)).toBe(listed);
  });

  test('a phase no plan has is refused with the field named', async () => {
    const res = await get(
      `/api/v1/reports/summary?unitId=${u.get('halong')}&phase=${encodeURIComponent('Đợt 9')}`,
      'halong',
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('phase');
  });
});

describe('weekly reports', () => {
  test("the week's draft is pre-filled from the week's activities; the loudspeaker duty, played that week, is not among the missed", async () => {
    const r = (
      await get(`/api/v1/reports/weekly?unitId=${u.get('cambinh')}&week=2022-W16`, 'cambinh')
    ).json();
    expect(r.report).toBeNull();
    expect(r.week).toMatchObject({ from: '2022-04-18', to: '2022-04-24', dueOn: '2022-04-25' });
    // The demo's play log meets plan 51's weekly loudspeaker duty in every week (seed 000).
    expect(
      r.missed.some(
        (m: { key: string; channel: string | null }) =>
          m.key === '2022-W16' && m.channel === 'loudspeaker',
      ),
    ).toBe(false);
  });

  test('submitting twice at once creates one report; the city sees it on time and the rest missing', async () => {
    const body = {
      unitId: u.get('cambinh') as string,
      kind: 'weekly',
      periodKey: '2022-W16',
      narrative: { results: 'Tuần 16', difficulties: 'Loa khu phố 3 hỏng', proposals: '' },
      submit: true,
    };
    const [a, b] = await Promise.all([
      post('/api/v1/reports', 'cambinh', body),
      post('/api/v1/reports', 'cambinh', body),
    ]);
    expect(a.statusCode).toBe(200);
    expect(b.statusCode).toBe(200);
    expect(a.json().id).toBe(b.json().id);
    expect(a.json().status).toBe('submitted');
    const grid = (
      await get(
        `/api/v1/reports/grid?unitId=${u.get('campha')}&weeks=4&endDay=2022-04-24`,
        'campha',
      )
    ).json();
    const row = grid.rows.find((r: { unitName: string }) => r.unitName === 'Phường Cẩm Bình');
    expect(row.cells.map((x: { week: string; state: string }) => [x.week, x.state])).toEqual([
      ['2022-W13', 'missing'],
      ['2022-W14', 'late'],
      ['2022-W15', 'late'],
      ['2022-W16', 'late'],
    ]);
  });

  test('the parent returns or accepts; the unit itself cannot; an accepted report is final', async () => {
    const report = (
      await get(`/api/v1/reports/weekly?unitId=${u.get('cambinh')}&week=2022-W16`, 'cambinh')
    ).json().report;
    expect(
      (await post(`/api/v1/reports/${report.id}/accept`, 'lanhdao.cambinh', {})).statusCode,
    ).toBe(403);
    expect((await post(`/api/v1/reports/${report.id}/return`, 'admin', {})).statusCode).toBe(400);
    const returned = await post(`/api/v1/reports/${report.id}/return`, 'admin', {
      note: 'Bổ sung số liệu khu phố 3',
    });
    expect(returned.json()).toMatchObject({
      status: 'returned',
      reviewNote: 'Bổ sung số liệu khu phố 3',
    });
    const again = await post('/api/v1/reports', 'cambinh', {
      unitId: u.get('cambinh') as string,
      kind: 'weekly',
      periodKey: '2022-W16',
      narrative: { results: 'Đã bổ sung', difficulties: '', proposals: '' },
      submit: true,
    });
    expect(again.json().status).toBe('submitted');
    expect((await post(`/api/v1/reports/${report.id}/accept`, 'admin', {})).json().status).toBe(
      'accepted',
    );
    const late = await post('/api/v1/reports', 'cambinh', {
      unitId: u.get('cambinh') as string,
      kind: 'weekly',
      periodKey: '2022-W16',
      narrative: { results: 'x', difficulties: '', proposals: '' },
      submit: false,
    });
    expect(late.statusCode).toBe(409);
  });

  test('a reminder reaches the late unit’s bell', async () => {
    const res = await post('/api/v1/reports/remind', 'campha', {
      unitIds: [u.get('cambinh') as string],
      week: '2022-W13',
    });
    expect(res.json().reminded).toBe(1);
    const bell = (await get('/api/v1/notifications', 'cambinh'))
      .json()
      .items.map((n: { title: string }) => n.title);
    expect(bell).toContain('Nhắc nộp báo cáo tuần 13 (28/03–03/04/2022)');
  });
});

describe('a unit with many plans', () => {
  test('finds its phase in its issued plan behind more than 200 newer drafts', async () => {
    const url = `/api/v1/reports/summary?unitId=${u.get('halong')}&phase=${encodeURIComponent('Đợt 1')}`;
    const before = (await get(url, 'halong')).json();
    for (let i = 0; i <= 200; i++)
      expect((await post('/api/v1/plans', 'halong', { unitId: u.get('halong') })).statusCode).toBe(
        201,
      );
    const res = await get(url, 'halong');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ from: before.from, to: before.to, phaseName: 'Đợt 1' });
  });

  test('reads a phase from the plan it was chosen from, and not from a plan of another city', async () => {
    type Listed = { items: Array<{ id: string; numberText: string; unitName: string }> };
    const own = (await get('/api/v1/plans?issued=true', 'halong')).json<Listed>().items;
    const halongPlan = own.find((p) => p.numberText === '03/KH-TBTT');
    const ward = (await get('/api/v1/plans?issued=true', 'cambinh')).json<Listed>().items;
    const elsewhere = ward.find((p) => p.numberText === '51/KH-UBND');
    const url = (planId: string) =>
      `/api/v1/reports/summary?unitId=${u.get('halong')}&phase=${encodeURIComponent('Đợt 1')}&planId=${planId}`;
    const res = await get(url(halongPlan?.id ?? ''), 'halong');
    expect(res.statusCode).toBe(200);
    expect(res.json().from).toBe('2021-01-18');
    expect((await get(url(elsewhere?.id ?? ''), 'halong')).statusCode).toBe(400);
  });
});
