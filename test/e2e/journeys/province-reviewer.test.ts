import { describe, expect, it } from 'vitest';
import { startJourney, demoWorld } from '../../support/journey';

// The demo's own test: a role's day in the seeds' own world, as a newcomer meets it.
const world = demoWorld();

interface Obligations {
  items: { key: string; assigneeName: string; status: string; done: number; required: number }[];
}
interface Weekly {
  unitName: string;
  report: { status: string } | null;
  missed: { key: string; done: number; required: number }[];
}

const LATE = 'Trung tâm Truyền thông và Văn hóa thành phố Cẩm Phả';

describe('the reviewer of Tỉnh Quảng Ninh', () => {
  it('looks at a week of 2022 across the province and opens the unit that missed it', async () => {
    const j = await startJourney(world.browser, world.url, 'province-reviewer');
    const { page } = j;
    let lateUnitId = '';

    await j.step('sign in', () => j.signIn('quangninh'));

    await j.step('open compliance for week 20 of 2022', async () => {
      await j.menu('Theo dõi nhiệm vụ');
      await page.getByRole('heading', { name: 'Theo dõi thực hiện nhiệm vụ' }).waitFor();
      await page.goto(`${world.url}/app/obligations?from=2022-05-16&to=2022-05-22`);
      await page.getByTestId('obligations').getByText('Phường Cẩm Bình', { exact: true }).waitFor();
    });

    await j.step('keep only what went wrong', async () => {
      await page.getByRole('switch', { name: /Chỉ hiện tuần không đạt/ }).click();
      await page.getByTestId('obligations').getByText(LATE, { exact: true }).first().waitFor();
      await expect
        .poll(() =>
          page.getByTestId('obligations').getByText('Phường Cẩm Bình', { exact: true }).count(),
        )
        .toBe(0);
    });

    await j.step('open the late unit', async () => {
      const week = page
        .getByRole('link', { name: /^Tuần 20 \(16\/05–22\/05\/2022\) · Không đạt/ })
        .first();
      if (!(await week.isVisible())) await page.getByText(LATE, { exact: true }).first().click();
      await week.click();
      await page.getByText(`Đang xem báo cáo của ${LATE}.`).waitFor();
      await page.getByTestId('weekly-report').getByText('Nhiệm vụ chưa đạt').waitFor();
      lateUnitId = new URL(page.url()).searchParams.get('unit') ?? '';
    });

    const obligations = await j.api.get<Obligations>(`/units/${lateUnitId}/obligations`, {
      from: '2022-05-16',
      to: '2022-05-22',
    });
    const missed = obligations.items.filter((o) => o.status === 'missed');
    expect(missed.map((o) => [o.assigneeName, o.key, o.done])).toEqual([[LATE, '2022-W20', 0]]);
    const weekly = await j.api.get<Weekly>('/reports/weekly', {
      unitId: lateUnitId,
      week: '2022-W20',
    });
    expect(weekly).toMatchObject({ unitName: LATE, report: null });
    expect(weekly.missed.map((m) => m.key)).toEqual(['2022-W20']);
    await j.close();
  });
});
