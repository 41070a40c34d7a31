import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { CAMBINH_STATION } from '../../../src/db/seed/demo-cambinh-broadcasts';
import { DEMO_AUDIO_TITLE } from '../../../src/db/seed/demo-content';
import { weekKey } from '../../../src/contracts/weeks';
import { launchChromium } from '../../support/browser';
import { chooseOption, type JourneyApi, startJourney, vnToday } from '../../support/journey';
import { startTestServer } from '../../support/test-server';
import { openedSoFar } from '../../support/teardown';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;

const SECTION = 'Bộ phận Văn hóa - Xã hội phường Cẩm Bình';

const opened = openedSoFar();
beforeAll(async () => {
  // The demo's own test: the ward section's weekly loudspeaker duty, as seed 000 has it.
  server = await opened.open(startTestServer({ demo: true }));
  browser = await opened.open(launchChromium());
});
afterAll(() => opened.closeAll());

interface Me {
  unit: { id: string; name: string };
}
interface Plays {
  items: { stationName: string; contentTitle: string }[];
}
interface Weekly {
  figures: { categoryName: string; quantity: number }[];
}

/** Plays counted in the section's weekly report of the week of `day`. */
async function playsCounted(api: JourneyApi, unitId: string, day: string): Promise<number> {
  const weekly = await api.get<Weekly>('/reports/weekly', { unitId, week: weekKey(day) });
  return weekly.figures.find((f) => f.categoryName === 'Lượt phát')?.quantity ?? 0;
}

describe('the officer of the Bộ phận Văn hóa - Xã hội of Cẩm Bình', () => {
  it("logs a play on the ward's loudspeaker system it operates, counted as the section's work", async () => {
    const j = await startJourney(browser, server.url, 'section-officer');
    const { page } = j;
    const day = vnToday();

    // The section's officer is a demo account (sample data: the seed names the section only).
    await j.step('sign in', () => j.signIn('vhxh.cambinh'));
    const section = await j.api.get<Me>('/me');
    // Other plays of the week (the demo's device plays) are the section's too.
    const before = await playsCounted(j.api, section.unit.id, day);

    await j.step('see the station it operates', async () => {
      await j.menu('Phát thanh, loa');
      await page.getByRole('tab', { name: 'Đài, cụm loa' }).click();
      await page.getByText(CAMBINH_STATION).first().waitFor();
    });

    await j.step('log the play', async () => {
      await page.getByRole('tab', { name: 'Nhật ký phát' }).click();
      await chooseOption(page, 'Đài, cụm loa', CAMBINH_STATION);
      await chooseOption(page, 'Tệp đã phát', DEMO_AUDIO_TITLE);
      await page.getByRole('button', { name: 'Ghi lượt phát' }).click();
      await page.getByText('Đã ghi lượt phát').waitFor();
    });

    await j.step("see it in the section's week", async () => {
      await j.menu('Báo cáo');
      await page.getByTestId('report-figures').getByText('Lượt phát').waitFor();
    });

    const me = await j.api.get<Me>('/me');
    expect(me.unit.name).toBe(SECTION);
    const plays = await j.api.get<Plays>('/broadcasts/plays', { from: day, to: day });
    expect(
      plays.items.filter(
        (p) => p.stationName === CAMBINH_STATION && p.contentTitle === DEMO_AUDIO_TITLE,
      ),
    ).toHaveLength(1);
    expect(await playsCounted(j.api, me.unit.id, day)).toBe(before + 1);
    await j.close();
  });
});
