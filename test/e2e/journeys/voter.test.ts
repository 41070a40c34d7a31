import { describe, expect, it } from 'vitest';
import { apiAs, PHONE, startJourney, demoWorld } from '../../support/journey';

// The demo's own test: the voter's portal on the seeds' elections, as a newcomer meets it.
const world = demoWorld();

interface Elections {
  items: { id: string; slug: string; electionDay: string }[];
}
interface Polling {
  areas: { name: string; address: string; villages: { name: string }[] }[];
}

const ELECTION = 'Bầu cử Trưởng khu phố phường Cẩm Bình';

describe('a voter of Khu phố 3, Cẩm Bình, on a phone without script', () => {
  it('finds the village-head election of their khu phố and reads the day and the place to vote', async () => {
    const j = await startJourney(world.browser, world.url, 'voter', {
      viewport: PHONE,
      javaScriptEnabled: false,
    });
    const { page } = j;
    let shownDay = '';
    let shownPlace = '';

    await j.step('search the place', async () => {
      await page.goto(`${world.url}/`);
      await page.getByLabel('Tên tỉnh, xã, phường, thôn, khu phố').fill('cam binh');
      await page.getByRole('button', { name: 'Tìm' }).click();
      await page.getByRole('link', { name: 'Phường Cẩm Bình' }).click();
    });

    await j.step('choose the khu pho', async () => {
      await page.getByRole('link', { name: 'Khu phố 3', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Khu phố 3' }).waitFor();
    });

    await j.step('open the election', async () => {
      await page
        .getByRole('link', { name: new RegExp(ELECTION) })
        .first()
        .click();
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Khu phố 3');
    });

    await j.step('read the day to vote', async () => {
      const day = page.getByRole('region', { name: 'Ngày bầu cử' });
      shownDay = (await day.locator('time').first().getAttribute('datetime')) ?? '';
      expect(await day.getByText(/Còn \d+ ngày nữa đến ngày bầu cử/).isVisible()).toBe(true);
    });

    await j.step('read the place to vote', async () => {
      const place = page.getByRole('region', { name: 'Nơi bỏ phiếu' });
      await place.scrollIntoViewIfNeeded();
      shownPlace = (await place.getByRole('heading', { level: 3 }).first().textContent()) ?? '';
      expect(await place.getByText('Dành cho cử tri: Khu phố 3').isVisible()).toBe(true);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(PHONE.width);
    });

    // What the page told the voter is what the ward has entered.
    const officer = await apiAs(world.url, 'cambinh');
    const elections = await officer.get<Elections>('/elections');
    const election = elections.items.find((e) => e.slug.startsWith('village-head.cam-binh.'));
    expect(election?.electionDay).toBe(shownDay);
    const polling = await officer.get<Polling>(`/elections/${election?.id ?? ''}/polling`);
    const area = polling.areas.find((a) => a.villages.some((v) => v.name === 'Khu phố 3'));
    expect(area?.name).toBe(shownPlace);
    await officer.dispose();
    await j.close();
  });
});
