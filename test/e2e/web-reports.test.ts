import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import type { Deps } from '../../src/domain/deps';
import { startTestServer } from '../support/test-server';
import { launchChromium, signedInPage as openSignedIn } from '../support/browser';
import { buildActivity, buildPlan, buildUser, buildCityWard } from '../support/factories';
import { openedSoFar } from '../support/teardown';

// A ward sends its weekly report after confirming, recalls it, prints it; the city opens it; a
// sơ kết is chosen by a plan's phase of any year and drawn as charts.

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
const shot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/reports-${name}.png`, fullPage: true });

const signedInPage = (username: string, width = 1366): Promise<Page> =>
  openSignedIn(browser, server.url, username, { viewport: { width, height: 900 } });

const pickOption = (page: Page, text: RegExp) =>
  page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: text })
    .first()
    .click();

/** Who signs in: the ward's and the city's officers, and the province's administrator. */
let people = { ward: '', city: '', admin: '' };

/**
 * Phường Bình Minh under Thành phố Bình Minh. The city issued a plan whose phase 1 ran from
 * 18/01 to 25/03/2021, and put 51 items on its portal and played its loudspeakers 7 times then; the ward issued a plan of 2022 with
 * a peak phase.
 */
async function buildProvince(deps: Deps): Promise<void> {
  const { province, city, ward } = await buildCityWard(deps);
  const wardOfficer = await buildUser(deps, ward, { role: 'officer' });
  const cityOfficer = await buildUser(deps, city, { role: 'officer' });
  const admin = await buildUser(deps, province, { role: 'admin' });
  await buildPlan(deps, city, {
    status: 'issued',
    author: cityOfficer,
    periodFrom: '2021-01-18',
    periodTo: '2021-06-30',
    issuedOn: '2021-01-15',
    phases: [
      { name: 'Đợt 1', from: '2021-01-18', to: '2021-03-25', peak: false },
      { name: 'Đợt 2', from: '2021-03-26', to: '2021-06-30', peak: true },
    ],
  });
  await buildActivity(deps, city, {
    author: cityOfficer,
    occurredOn: '2021-02-10',
    channel: 'web_portal',
    categoryCode: 'tin_bai',
    quantity: 51,
  });
  // And 7 plays on its loudspeakers, so the figures by channel have two rows to keep apart.
  await buildActivity(deps, city, {
    author: cityOfficer,
    occurredOn: '2021-03-03',
    channel: 'loudspeaker',
    categoryCode: 'luot_phat',
    quantity: 7,
  });
  await buildPlan(deps, ward, {
    status: 'issued',
    author: wardOfficer,
    periodFrom: '2022-04-06',
    periodTo: '2022-06-15',
    issuedOn: '2022-04-06',
    phases: [{ name: 'Đợt cao điểm', from: '2022-05-21', to: '2022-06-15', peak: true }],
  });
  people = { ward: wardOfficer.username, city: cityOfficer.username, admin: admin.username };
}

const opened = openedSoFar();
beforeAll(async () => {
  server = await opened.open(
    startTestServer({ demo: false, prepare: (_database, deps) => buildProvince(deps) }),
  );
  browser = await opened.open(launchChromium());
});

afterAll(() => opened.closeAll());

/** Confirms the open "Gửi báo cáo tuần?" dialog and waits for the report to read "Đã gửi". */
async function confirmSend(page: Page) {
  const confirm = page.getByTestId('report-confirm');
  await confirm.waitFor();
  const line = (await confirm.textContent()) ?? '';
  expect(line).toContain('Gửi tới Thành phố Bình Minh');
  expect(line).toContain('Phường Bình Minh');
  await page.locator('.ant-modal-confirm').getByRole('button', { name: 'Gửi' }).click();
  await expect.poll(() => page.getByTestId('report-status').textContent()).toBe('Đã gửi');
}

describe('a weekly report sent, recalled, printed and read (a ward, then its city)', () => {
  let reportId = '';

  it('asks before sending, says to whom and what, and recalls it while unread', async () => {
    const page = await signedInPage(people.ward);
    await page.goto(`${server.url}/app/reports`);
    await page.getByTestId('report-status').waitFor();
    await page.getByLabel('Kết quả').fill('Phát thanh 3 lượt về ngày bầu cử.');
    await page.getByTestId('report-submit').click();
    await shot(page, '1-confirm');
    // Cancelling sends nothing.
    await page.locator('.ant-modal-confirm').getByRole('button', { name: 'Hủy' }).click();
    expect(await page.getByTestId('report-status').textContent()).not.toBe('Đã gửi');
    await page.getByTestId('report-submit').click();
    await confirmSend(page);
    const href = (await page.getByTestId('report-docx').getAttribute('href')) ?? '';
    reportId = /reports\/([0-9a-f-]{36})\/docx/.exec(href)?.[1] ?? '';
    expect(reportId).not.toBe('');
    expect(await page.getByTestId('report-read-state').textContent()).toContain('chưa mở');

    await page.getByTestId('report-recall').click();
    await page
      .locator('.ant-modal-confirm')
      .getByRole('button', { name: 'Rút lại báo cáo' })
      .click();
    await expect.poll(() => page.getByTestId('report-status').textContent()).toBe('Nháp');
    expect(await page.getByLabel('Kết quả').inputValue()).toBe('Phát thanh 3 lượt về ngày bầu cử.');
    await shot(page, '2-recalled');
    const api = await page.request.get(`${server.url}/api/v1/reports/${reportId}`);
    expect(await api.json()).toMatchObject({ status: 'draft', readAt: null });

    await page.getByTestId('report-submit').click();
    await confirmSend(page);
    await page.context().close();
  });

  it('prints as a BÁO CÁO without the menus, at 1366 and 360 px', async () => {
    for (const width of [1366, 360]) {
      const page = await signedInPage(people.ward, width);
      await page.goto(`${server.url}/app/reports/${reportId}`);
      await page.getByTestId('report-view').waitFor();
      await page.emulateMedia({ media: 'print' });
      const title = page.getByTestId('report-print-title');
      expect(await title.isVisible()).toBe(true);
      expect(await title.textContent()).toContain('Kết quả công tác tuyên truyền tuần');
      expect(await page.locator('.app-header').isVisible()).toBe(false);
      expect(await page.getByTestId('report-print').isVisible()).toBe(false);
      expect(await page.getByTestId('report-figures').isVisible()).toBe(true);
      await shot(page, `3-print-${width}`);
      await page.context().close();
    }
  });

  it('once the city opens it, the ward can no longer recall it', async () => {
    const city = await signedInPage(people.city);
    await city.goto(`${server.url}/app/reports/${reportId}`);
    await city.getByTestId('report-view').waitFor();
    await expect
      .poll(async () => (await city.request.get(`${server.url}/api/v1/reports/${reportId}`)).json())
      .toMatchObject({ readAt: expect.any(String) });
    expect(await city.getByTestId('report-recall').count()).toBe(0);
    await shot(city, '4-city-reads');
    await city.context().close();

    const ward = await signedInPage(people.ward);
    await ward.goto(`${server.url}/app/reports`);
    await ward.getByTestId('report-read-state').waitFor();
    expect(await ward.getByTestId('report-read-state').textContent()).toContain('Cấp trên đã đọc');
    expect(await ward.getByTestId('report-recall').count()).toBe(0);
    const refused = await ward.request.post(`${server.url}/api/v1/reports/${reportId}/recall`);
    expect(refused.status()).toBe(409);
    const end = await (await ward.request.get(`${server.url}/api/v1/reports/${reportId}`)).json();
    expect(end).toMatchObject({ status: 'submitted', readAt: expect.any(String) });
    await ward.context().close();
  });
});

describe('a sơ kết chosen by phase across years, with its charts (admin)', () => {
  it('lists the phases of every year and draws the figures by channel and by week', async () => {
    const page = await signedInPage(people.admin);
    await page.goto(`${server.url}/app/reports/summary`);
    const select = page.getByTestId('summary-phase');
    await select.click();
    const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
    await options.first().waitFor();
    const labels = await options.allTextContents();
    expect(labels.some((l) => /^Đợt .*2021\) — /.test(l))).toBe(true);
    expect(labels.some((l) => /^Đợt .*2022\) — /.test(l))).toBe(true);
    // The list is wider than its field (long plan titles) and still stays on the screen.
    const box = await page.locator('.ant-select-dropdown:visible').boundingBox();
    const width = page.viewportSize()?.width ?? 0;
    expect(box && box.x >= 0 && box.x + box.width <= width).toBe(true);
    await shot(page, '5-phase-select');

    // The city's phase 1 of 2021, then a phase of 2022: each opens its own plan's dates.
    for (const [year, option] of [
      ['2021', /^Đợt 1 \(18\/01–25\/03\/2021\) — /],
      ['2022', /^Đợt .*2022\) — /],
    ] as const) {
      if (year === '2022') await select.click();
      await pickOption(page, option);
      await page.getByTestId('summary').waitFor();
      await expect.poll(() => page.url()).toContain('plan=');
      const head = page.getByTestId('summary').locator('.ant-card').first();
      await expect.poll(() => head.textContent()).toMatch(new RegExp(`^Sơ kết Đợt.*/${year}`));
      const byWeek = page.getByTestId('summary-chart-week');
      await byWeek.waitFor();
      if (year === '2021') {
        // The city's portal and loudspeaker figures, drawn by channel and by week (ECharts describes the values
        // it draws in its aria label, in Vietnamese).
        for (const card of [page.getByTestId('summary-chart-channel'), byWeek])
          await expect
            .poll(() => card.locator('.echart').getAttribute('aria-label'))
            .toContain('Số liệu: ');
        await page.getByTestId('summary-chart-channel').getByText('Bảng', { exact: true }).click();
        const rows = await page
          .getByTestId('summary-chart-channel-table')
          .locator('tbody tr.ant-table-row')
          .allTextContents();
        expect(rows.some((r) => r.includes('Cổng thông tin điện tử') && r.includes('51'))).toBe(
          true,
        );
        expect(rows.some((r) => r.includes('Loa truyền thanh') && r.includes('7'))).toBe(true);
        expect(rows).toHaveLength(2);
      }
      await shot(page, `6-summary-${year}`);
    }
    // The 2021 choice and the 2022 one are different plans, kept in the address.
    const summary = await page.request.get(
      `${server.url}/api/v1/reports/summary?${new URL(page.url()).searchParams
        .toString()
        .replace('unit=', 'unitId=')
        .replace('plan=', 'planId=')
        .replace(/&?mode=phase/, '')}`,
    );
    expect(summary.status()).toBe(200);
    expect((await summary.json()).from.slice(0, 4)).toBe('2022');
    await page.context().close();
  });
});
