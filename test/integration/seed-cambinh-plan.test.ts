import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { asUsers, docxText } from '../support/plan-helpers';
import { buildTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let http: ReturnType<typeof asUsers>;
let plan: {
  id: string;
  phases: unknown[];
  timeText: string;
  assignments: Array<{ unitName: string; tasks: Array<{ text: string; recurrence: unknown }> }>;
};
type TaskRow = { assigneeName: string; title: string; channel: string | null; kind: string };
let tasks: TaskRow[];

beforeAll(async () => {
  // The demo's own test: plan 51/KH-UBND of Cẩm Bình reproduced as written.
  t = await buildTestApp({ demo: true });
  http = asUsers(t);
  const items: Array<{ id: string; numberText: string }> = (
    await http.get('/api/v1/plans', 'cambinh')
  ).json().items;
  const id = items.find((p) => p.numberText === '51/KH-UBND')?.id ?? '';
  plan = (await http.get(`/api/v1/plans/${id}`, 'cambinh')).json();
  tasks = (await http.get(`/api/v1/tasks?planId=${id}`, 'cambinh')).json().items;
});
afterAll(async () => t.close());

describe('51/KH-UBND of phường Cẩm Bình, as the document has it', () => {
  test('has no phases: the peak before and after election day is in its time text only', () => {
    expect(plan.phases).toEqual([]);
    expect(plan.timeText).toBe(
      'Tuyên truyền thường xuyên từ 01/4/2022 đến hết 15/6/2022, trong đó tập trung vào đợt cao điểm tuyên truyền trước và sau ngày bầu cử (ngày 05/6/2022).',
    );
  });

  test('Bộ phận Văn hóa Xã hội has its three bullets, the weekly loudspeaker duty one recurring task', () => {
    const vhxh = plan.assignments.find((a) => a.unitName === 'Bộ phận Văn hóa Xã hội');
    expect(vhxh?.tasks).toHaveLength(3);
    expect(vhxh?.tasks[1]?.recurrence).toEqual({ count: 1, per: 'week' });
    const mine = tasks.filter((x) => x.assigneeName === 'Bộ phận Văn hóa - Xã hội phường Cẩm Bình');
    expect(mine).toHaveLength(3);
    expect(mine.filter((x) => x.channel === 'loudspeaker')).toEqual([
      expect.objectContaining({
        kind: 'recurring',
        title: expect.stringContaining('Duy trì thường xuyên với tần suất tối thiểu 01 lần/tuần.'),
      }),
    ]);
  });

  test('"Đề nghị Ủy ban MTTQ và các đoàn thể, các khu phố" gives the MTTQ and each khu phố its task', () => {
    const third = tasks.filter((x) => x.title.startsWith('Tuyên truyền công tác bầu cử'));
    expect(third.map((x) => x.assigneeName).sort()).toEqual(
      [
        'Ủy ban MTTQ phường Cẩm Bình',
        ...Array.from({ length: 8 }, (_, i) => `Khu phố ${i + 1}`),
      ].sort(),
    );
  });

  test('the DOCX prints the headings as written', async () => {
    const doc = await http.get(`/api/v1/plans/${plan.id}/document.docx`, 'cambinh');
    const text = await docxText(doc.rawPayload);
    expect(text).toContain('Đề nghị Ủy ban MTTQ và các đoàn thể, các khu phố');
    expect(text).toContain('Bộ phận Văn hóa Xã hội');
    expect(text).not.toContain('Đợt 1');
  });
});
