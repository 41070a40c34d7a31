import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { asUsers } from '../support/plan-helpers';
import { buildTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let http: ReturnType<typeof asUsers>;
type Plan = {
  id: string;
  numberText: string;
  issuedOn: string;
  status: string;
  unitName: string;
  bases: Array<{ text: string }>;
  purposes: string;
  contentThemes: string;
  phases: unknown[];
  assignments: Array<{ unitName: string }>;
  signer: { name: string };
};
let plan: Plan;
let tasks: Array<{ assigneeName: string; title: string }>;

// The demo world is built through the use cases: the Văn phòng's officer drafts and submits,
// its leader issues (seedQuangNamPlan).
beforeAll(async () => {
  // The demo's own test: the Quảng Nam seed reproduced as written.
  t = await buildTestApp({ demo: true });
  http = asUsers(t);
  const items: Array<{ id: string; numberText: string }> = (
    await http.get('/api/v1/plans', 'vpubnd.quangnam')
  ).json().items;
  const id = items.find((p) => p.numberText === '1354/KH-VPUBND')?.id ?? '';
  plan = (await http.get(`/api/v1/plans/${id}`, 'vpubnd.quangnam')).json();
  tasks = (await http.get(`/api/v1/tasks?planId=${id}`, 'vpubnd.quangnam')).json().items;
});
afterAll(async () => t.close());

const named = (prefix: string) =>
  tasks
    .filter((x) => x.title.startsWith(prefix))
    .map((x) => x.assigneeName)
    .sort();

describe('1354/KH-VPUBND of the Văn phòng UBND tỉnh Quảng Nam', () => {
  test('issued 14/9/2020 by the Văn phòng on the two directives, as written', () => {
    expect(plan).toMatchObject({
      numberText: '1354/KH-VPUBND',
      issuedOn: '2020-09-14',
      status: 'issued',
      unitName: 'Văn phòng UBND tỉnh Quảng Nam',
      phases: [],
    });
    expect(plan.bases.map((b) => b.text)).toEqual([
      'Chỉ thị 545-CT/TW ngày 20/6/2020 của Bộ Chính trị về lãnh đạo cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021-2020',
      'Chỉ thị số 59-CT/TU ngày 27/8/2020 của Tỉnh ủy Quảng Nam về lãnh đạo, chỉ đạo cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021-2020',
    ]);
    expect(plan.purposes).toMatch(/^Công tác tuyên truyền góp phần làm cho cán bộ, công chức/);
    expect(plan.contentThemes.split('\n')).toHaveLength(4);
    expect(plan.signer.name).toContain('(dữ liệu mẫu)');
  });

  test('its five headings, in the order of the document', () => {
    expect(plan.assignments.map((a) => a.unitName)).toEqual([
      'Phòng Hành chính – Tổ chức',
      'Các Phòng, Ban',
      'Các tổ chức đoàn thể tại Văn phòng',
      'Ban Điều hành trang thông tin điện tử Văn phòng',
      'Cán bộ, công chức, người lao động tại Văn phòng',
    ]);
  });

  test('each department and each đoàn thể named got its task; people are no unit', () => {
    expect(named('Chịu trách nhiệm báo cáo Đảng ủy')).toEqual(['Phòng Hành chính – Tổ chức']);
    expect(named('Tập trung phổ biến, quán triệt')).toEqual([
      'Phòng Hành chính – Tổ chức',
      'Phòng Quản trị - Tài vụ',
    ]);
    expect(named('Đề nghị Ban Chấp hành Công đoàn')).toEqual(
      [
        'Ban Chỉ huy Quân sự Văn phòng',
        'Chi đoàn Thanh niên Văn phòng UBND tỉnh',
        'Công đoàn Văn phòng UBND tỉnh',
      ].sort(),
    );
    expect(named('Biên tập, đăng tải')).toEqual([
      'Ban Điều hành trang thông tin điện tử Văn phòng',
    ]);
    expect(named('Cán bộ, công chức, người lao động')).toEqual([]);
    expect(tasks).toHaveLength(7);
  });

  test('a department sees its own tasks, not the other departments’', async () => {
    const mine: Array<{ assigneeName: string }> = (
      await http.get('/api/v1/tasks', 'hctc.quangnam')
    ).json().items;
    expect(new Set(mine.map((x) => x.assigneeName))).toEqual(
      new Set(['Phòng Hành chính – Tổ chức']),
    );
  });
});
