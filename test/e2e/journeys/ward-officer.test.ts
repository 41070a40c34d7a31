import { describe, expect, it } from 'vitest';
import { CAMBINH_STATION } from '../../../src/db/seed/demo-cambinh-broadcasts';
import { DEMO_AUDIO_TITLE } from '../../../src/db/seed/demo-content';
import { weekKey } from '../../../src/contracts/weeks';
import { chooseOption, startJourney, vnToday, demoWorld } from '../../support/journey';

// The demo's own test: a role's day in the seeds' own world, as a newcomer meets it.
const world = demoWorld();

interface Me {
  unit: { id: string };
}
interface Plays {
  items: { stationName: string; contentTitle: string; source: string }[];
}
interface Weekly {
  report: { status: string } | null;
  narrative: { results: string };
}

describe('a ward officer of Cẩm Bình', () => {
  it("logs this week's loudspeaker play and sends the week's report", async () => {
    const j = await startJourney(world.browser, world.url, 'ward-officer');
    const { page } = j;
    const day = vnToday();
    const results = 'Phát file âm thanh của Thành phố trên hệ thống loa phường.';

    await j.step('sign in', () => j.signIn('cambinh'));

    await j.step('log the play', async () => {
      await j.menu('Phát thanh, loa');
      await page.getByRole('tab', { name: 'Nhật ký phát' }).click();
      await chooseOption(page, 'Đài, cụm loa', CAMBINH_STATION);
      await chooseOption(page, 'Tệp đã phát', DEMO_AUDIO_TITLE);
      await page.getByRole('button', { name: 'Ghi lượt phát' }).click();
      await page.getByText('Đã ghi lượt phát').waitFor();
    });

    await j.step('see the play in the log', async () => {
      const row = page.getByRole('row').filter({ hasText: CAMBINH_STATION });
      await row.filter({ hasText: 'Cán bộ ghi' }).first().waitFor();
    });

    await j.step('write the weekly report', async () => {
      await j.menu('Báo cáo');
      const weekly = page.getByTestId('weekly-report');
      // Visible, not the print-only heading.
      await weekly.getByText('Phường Cẩm Bình').filter({ visible: true }).first().waitFor();
      await weekly.getByLabel('Kết quả').fill(results);
    });

    await j.step('send the weekly report', async () => {
      await page.getByTestId('report-submit').click();
      // It asks first, saying to whom the report goes.
      const confirm = page.locator('.ant-modal-confirm');
      await confirm.getByText('Thành phố Cẩm Phả', { exact: false }).first().waitFor();
      await confirm.getByRole('button', { name: 'Gửi' }).click();
      // The lasting sign first: the toast lasts three seconds, the status stays.
      await page.getByTestId('report-status').getByText('Đã gửi').waitFor();
      expect(await page.locator('.ant-message-error').count()).toBe(0);
    });

    const me = await j.api.get<Me>('/me');
    const plays = await j.api.get<Plays>('/broadcasts/plays', { from: day, to: day });
    expect(
      plays.items.filter(
        (p) => p.stationName === CAMBINH_STATION && p.contentTitle === DEMO_AUDIO_TITLE,
      ),
    ).toHaveLength(1);
    const weekly = await j.api.get<Weekly>('/reports/weekly', {
      unitId: me.unit.id,
      week: weekKey(day),
    });
    expect(weekly.report?.status).toBe('submitted');
    expect(weekly.narrative.results).toBe(results);
    await j.close();
  });
});
