import { describe, expect, it } from 'vitest';
import { chooseOption, startJourney, demoWorld } from '../../support/journey';

// The demo's own test: a role's day in the seeds' own world, as a newcomer meets it.
const world = demoWorld();

interface Claims {
  items: { id: string; text: string; status: string; platform: string; reach: number | null }[];
}

const RUMOUR = 'Cử tri phải nộp lệ phí 50.000 đồng mới được nhận phiếu bầu ở khu phố';

describe('the claims desk of the Ban Tuyên giáo Thành ủy Hạ Long', () => {
  it('logs a rumour seen on Zalo, verifies it and concludes that it is false', async () => {
    const j = await startJourney(world.browser, world.url, 'claims-desk');
    const { page } = j;

    await j.step('sign in', () => j.signIn('btg.halong'));

    await j.step('log the rumour', async () => {
      await j.menu('Thông tin sai lệch');
      await page.getByRole('button', { name: 'Ghi nhận thông tin' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Nội dung thông tin').fill(RUMOUR);
      await chooseOption(dialog, 'Nơi phát hiện', 'Zalo');
      await dialog.getByLabel('Lượt tiếp cận (ước tính)').fill('1200');
      await dialog.getByLabel('Chủ đề').fill('Thủ tục bỏ phiếu');
      await dialog.locator('.ant-modal-footer .ant-btn-primary').click();
      await page.getByText('Đã ghi nhận thông tin.').waitFor();
    });

    await j.step('start verifying', async () => {
      await page.getByText(RUMOUR).first().click();
      const detail = page.getByTestId('claim-detail');
      await detail.getByRole('button', { name: 'Đang xác minh' }).click();
      await detail.getByRole('button', { name: 'Sai sự thật' }).waitFor();
    });

    await j.step('conclude it is false', async () => {
      const detail = page.getByTestId('claim-detail');
      await detail.getByRole('button', { name: 'Sai sự thật' }).click();
      await detail.locator('.ant-tag').getByText('Sai sự thật').waitFor();
    });

    const claims = await j.api.get<Claims>('/claims', { search: RUMOUR });
    const mine = claims.items.filter((c) => c.text === RUMOUR);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ status: 'false', platform: 'zalo', reach: 1200 });
    await j.close();
  });
});
