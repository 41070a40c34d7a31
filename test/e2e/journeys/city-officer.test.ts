import { describe, expect, it } from 'vitest';
import {
  chooseOption,
  pickerDate,
  startJourney,
  typeDate,
  vnToday,
  demoWorld,
} from '../../support/journey';

// The demo's own test: a role's day in the seeds' own world, as a newcomer meets it.
const world = demoWorld();

interface Plan {
  id: string;
  status: string;
  title: string;
  periodFrom: string | null;
  assignments: {
    allOf: { kind: string } | null;
    tasks: { text: string; recurrence: { count: number; per: string } | null }[];
  }[];
}

const TITLE = 'Tuyên truyền bầu cử trưởng khu phố trên địa bàn thành phố Cẩm Phả';
const TASK = 'Phát file âm thanh tuyên truyền của Thành phố trên hệ thống loa truyền thanh';

describe('an officer of TP Cẩm Phả', () => {
  it('drafts a plan with a weekly task for every ward and submits it to the leader', async () => {
    const j = await startJourney(world.browser, world.url, 'city-officer');
    const { page } = j;
    const day = vnToday();
    let planId = '';

    await j.step('sign in', () => j.signIn('campha'));

    await j.step('start a plan', async () => {
      await j.menu('Kế hoạch');
      await page.getByRole('button', { name: 'Tạo kế hoạch' }).click();
      await page.waitForURL(/\/app\/plans\/[0-9a-f-]{36}$/);
      planId = page.url().split('/').pop() ?? '';
    });

    await j.step('write the heading and period', async () => {
      await page.getByTestId('plan-title').fill(TITLE);
      await typeDate(page, 'Ngày bắt đầu', pickerDate(day));
      await typeDate(page, 'Ngày kết thúc', pickerDate(day, 55));
    });

    await j.step('give every ward a weekly task', async () => {
      await page.getByRole('button', { name: 'Thêm đơn vị thực hiện' }).click();
      const assignment = page.getByTestId('plan-assignment').first();
      await chooseOption(assignment, 'Tất cả đơn vị loại', 'Xã/Phường/Thị trấn');
      await assignment.getByLabel('Tên in trong văn bản').fill('UBND các phường, xã');
      await assignment.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
      const task = assignment.getByTestId('plan-task').first();
      await task.getByLabel('Nhiệm vụ', { exact: true }).fill(TASK);
      await chooseOption(task, 'Hình thức', 'Loa truyền thanh');
      await task.getByLabel('Tối thiểu (lần)').fill('1');
      await chooseOption(task, 'Mỗi', 'tuần');
      await assignment.getByTestId('assignment-preview').getByText('Phường Cẩm Bình').waitFor();
    });

    await j.step('sign as the leader', async () => {
      await page.getByLabel('Họ tên người ký').fill('Nguyễn Văn Thành (dữ liệu mẫu)');
      await expect
        .poll(() => page.getByTestId('plan-save-status').textContent(), { timeout: 30_000 })
        .toMatch(/Đã lưu lúc/);
    });

    await j.step('submit to the leader', async () => {
      await page.getByRole('button', { name: 'Trình duyệt' }).click();
      await page.locator('.ant-popconfirm .ant-btn-primary').click();
      await page.getByText('Đã trình duyệt kế hoạch.').waitFor();
    });

    const plan = await j.api.get<Plan>(`/plans/${planId}`);
    expect(plan).toMatchObject({ status: 'submitted', title: TITLE, periodFrom: day });
    expect(plan.assignments).toHaveLength(1);
    expect(plan.assignments[0]?.allOf?.kind).toBe('commune');
    expect(plan.assignments[0]?.tasks).toEqual([
      expect.objectContaining({ text: TASK, recurrence: { count: 1, per: 'week' } }),
    ]);
    await j.close();
  });
});
