import { describe, expect, it } from 'vitest';
import { apiAs, startJourney, demoWorld } from '../../support/journey';

// The demo's own test: a role's day in the seeds' own world, as a newcomer meets it.
const world = demoWorld();

interface Elections {
  items: { id: string; slug: string }[];
}
interface Polling {
  districts: { id: string; name: string }[];
}
interface Results {
  items: {
    districtId: string;
    entered: boolean;
    published: boolean;
    total: { votersListed: number; ballotsIssued: number; valid: number; invalid: number } | null;
    outcome: { elected: string[] } | null;
  }[];
}
interface Candidates {
  items: { id: string; fullName: string }[];
}

const ELECTION = 'Bầu cử Trưởng thôn, bản, khu phố nhiệm kỳ 2022 - 2025';
const DISTRICT = 'Khu phố 1 — phường Ka Long';

describe('the election officer of Ka Long', () => {
  it("enters Khu phố 1's count of the 2022 village-head election after the day", async () => {
    const j = await startJourney(world.browser, world.url, 'election-officer');
    const { page } = j;

    await j.step('sign in', () => j.signIn('kalong'));

    await j.step('open the election', async () => {
      await j.menu('Bầu cử');
      await page.getByRole('link', { name: ELECTION }).click();
      await page.getByRole('tab', { name: 'Kết quả' }).click();
    });

    await j.step('enter the count', async () => {
      const district = page.getByRole('region', { name: DISTRICT });
      await district.getByRole('button', { name: 'Nhập kết quả' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Cử tri trong danh sách').fill('180');
      await dialog.getByLabel('Phiếu phát ra').fill('162');
      await dialog.getByLabel('Phiếu hợp lệ', { exact: true }).fill('158');
      await dialog.getByLabel('Phiếu không hợp lệ').fill('4');
      await dialog.getByLabel('Hà Thị Uyên').fill('121');
      await dialog.getByLabel('Nguyễn Văn An').fill('37');
    });

    await j.step('save the count', async () => {
      await page.getByRole('dialog').locator('.ant-modal-footer .ant-btn-primary').click();
      await page.getByRole('dialog').waitFor({ state: 'hidden' });
      const district = page.getByRole('region', { name: DISTRICT });
      await district.getByText('Đã nhập, chờ công bố').waitFor();
    });

    // The count is embargoed for the officer; the ward's leader reads what was saved.
    const leader = await apiAs(world.url, 'lanhdao.kalong');
    const elections = await leader.get<Elections>('/elections');
    const id = elections.items.find((e) => e.slug === 'village-head.quang-ninh.2022-06-05')?.id;
    const polling = await leader.get<Polling>(`/elections/${id ?? ''}/polling`);
    const districtId = polling.districts.find((d) => d.name === DISTRICT)?.id;
    const candidates = await leader.get<Candidates>(`/elections/${id ?? ''}/candidates`);
    const uyen = candidates.items.find((c) => c.fullName === 'Hà Thị Uyên')?.id;
    const results = await leader.get<Results>(`/elections/${id ?? ''}/results`);
    const result = results.items.find((r) => r.districtId === districtId);
    expect(result).toMatchObject({
      entered: true,
      published: false,
      total: { votersListed: 180, ballotsIssued: 162, valid: 158, invalid: 4 },
    });
    expect(result?.outcome?.elected).toEqual([uyen]);
    await leader.dispose();
    await j.close();
  });
});
