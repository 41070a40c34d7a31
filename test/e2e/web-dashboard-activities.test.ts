import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import type { Deps } from '../../src/domain/deps';
import { startTestServer } from '../support/test-server';
import {
  launchChromium,
  signedInPage as openSignedIn,
  pickOption,
  tableRows,
} from '../support/browser';
import {
  buildActivity,
  buildPlan,
  buildUser,
  buildCityWard,
  weeklyLoudspeakerDuty,
} from '../support/factories';
import { openedSoFar } from '../support/teardown';

// Journeys through the dashboard, activities and weekly report pages of a ward, in Chromium

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
/** The ward's officer, who reads its dashboard and records its work. */
let officer = '';

/**
 * Phường Bình Minh under Thành phố Bình Minh, whose plan of 2022 gives the ward a weekly
 * loudspeaker task from 01/04 to 29/05: a due window in every week of the period. The ward's
 * officer played once in its first full week.
 */
async function buildWard(deps: Deps): Promise<void> {
  const { city, ward } = await buildCityWard(deps);
  const user = await buildUser(deps, ward, { role: 'officer' });
  await buildPlan(deps, city, {
    status: 'issued',
    periodFrom: '2022-04-01',
    periodTo: '2022-05-29',
    issuedOn: '2022-03-30',
    assignments: [
      {
        unitId: ward.id,
        unitName: ward.name,
        tasks: [weeklyLoudspeakerDuty()],
      },
    ],
  });
  await buildActivity(deps, ward, { author: user, occurredOn: '2022-04-05' });
  officer = user.username;
}

const signedInPage = (username: string): Promise<Page> =>
  openSignedIn(browser, server.url, username, {
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });

/** Per series, the values the chart draws, read from the description it gives screen readers. */
function seriesValues(description: string): number[][] {
  return description
    .split(/ Chuỗi \d+ là /)
    .slice(1)
    .map((part) =>
      (part.split('Số liệu: ')[1] ?? '')
        .replace(/\.$/, '')
        .split('; ')
        .map((item) => Number(item.slice(item.lastIndexOf(': ') + 2))),
    );
}

/** Today as the browser in Asia/Ho_Chi_Minh writes it: dd/MM/yyyy. */
const todayVi = () =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());

const opened = openedSoFar();
beforeAll(async () => {
  server = await opened.open(
    startTestServer({ demo: false, prepare: (_database, deps) => buildWard(deps) }),
  );
  browser = await opened.open(launchChromium());
});

afterAll(() => opened.closeAll());

describe('dashboard (officer of a ward)', () => {
  it('shows a chart’s data as a table and exports it as CSV with a header row', async () => {
    // The city plan's weekly loudspeaker duty gives the ward a due window in every week.
    const page = await signedInPage(officer);
    await page.goto(`${server.url}/app/dashboard?from=2022-04-01&to=2022-05-29`);
    const card = page.getByTestId('chart-compliance-week');
    const chart = card.locator('.echart');
    await expect.poll(() => chart.getAttribute('aria-label')).toContain('Chuỗi');
    const [due, met] = seriesValues((await chart.getAttribute('aria-label')) ?? '');
    // A window in each week from Tuần 13 to Tuần 21, met only in the week of the one play.
    expect(due).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(met).toEqual([0, 1, 0, 0, 0, 0, 0, 0, 0]);

    await card.getByText('Bảng', { exact: true }).click();
    const rows = await tableRows(page.getByTestId('chart-compliance-week-table'));
    expect(rows.map((r) => Number(r[1]))).toEqual(due);
    expect(rows.map((r) => Number(r[2]))).toEqual(met);
    expect(rows[0]?.[0]).toBe('Tuần 13 (28/03–03/04/2022)');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('button', { name: /Tải CSV/ }).click(),
    ]);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('Tuần,Đến hạn,Đạt,Tỷ lệ đạt (%)');
    expect(lines).toHaveLength(rows.length + 1);
    await page.context().close();
  });

  it('opened at its address, asks for each figure once and the plans once (no request per plan)', async () => {
    // The figures are asked for at start-up, beside the page's code; a page asking again under
    // another key would double every request, and the phase picker used to read each plan.
    const page = await signedInPage(officer);
    const asked: string[] = [];
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.startsWith('/api/v1/')) asked.push(path.replace(/[0-9a-f-]{36}/g, ':id'));
    });
    await page.goto(`${server.url}/app/dashboard?from=2022-04-01&to=2022-05-29`);
    const chart = page.getByTestId('chart-compliance-week').locator('.echart');
    await expect.poll(() => chart.getAttribute('aria-label')).toContain('Chuỗi');
    await page.getByTestId('kpi-rate').waitFor();
    await page.waitForLoadState('networkidle');
    const count = (path: string) => asked.filter((a) => a === path).length;
    expect(count('/api/v1/units/:id/compliance')).toBe(1);
    expect(count('/api/v1/units/:id/figures')).toBe(1);
    // The period's windows and the four weeks of deadlines ahead.
    expect(count('/api/v1/units/:id/obligations')).toBe(2);
    expect(count('/api/v1/reports/grid')).toBe(1);
    expect(count('/api/v1/plans')).toBe(1);
    expect(count('/api/v1/plans/:id')).toBe(0);
    await page.context().close();
  });
});

describe('activities and weekly report (officer of a ward)', () => {
  it('records an activity with the three-field form and sees it in the list', async () => {
    const page = await signedInPage(officer);
    // The day is read before and after the form draws it: the run may cross midnight in Vietnam.
    const dayBefore = todayVi();
    await page.goto(`${server.url}/app/activities`);
    const form = page.getByTestId('activity-form');
    const day = await form.getByRole('textbox', { name: 'Ngày' }).inputValue();
    expect([dayBefore, todayVi()]).toContain(day);
    await form.getByRole('combobox', { name: 'Loại hoạt động' }).fill('Lượt phát');
    await pickOption(page, /^Lượt phát$/);
    const quantity = form.getByRole('spinbutton', { name: 'Số lượng' });
    await quantity.fill('2');
    await quantity.press('Enter');
    await page.getByText('Đã ghi nhận 2 lượt.').waitFor();

    const list = page.getByTestId('activity-list');
    await expect
      .poll(async () =>
        (await tableRows(list)).some(
          (r) => r[0] === day && r[1] === 'Lượt phát' && r[3] === '2 lượt',
        ),
      )
      .toBe(true);
    await page.context().close();
  });

  it('submits the weekly report of the current week after confirming (a double click sends it once)', async () => {
    const page = await signedInPage(officer);
    await page.goto(`${server.url}/app/reports`);
    const status = page.getByTestId('report-status');
    await status.waitFor();
    expect(await status.textContent()).not.toBe('Đã gửi');
    const figures = await tableRows(page.getByTestId('report-figures'));
    expect(figures.some((r) => r.includes('Lượt phát'))).toBe(true);

    await page.getByLabel('Kết quả').fill('Phát thanh 2 lượt về ngày bầu cử.');
    await page.getByTestId('report-submit').dblclick();
    await page.getByTestId('report-confirm').waitFor();
    expect(await page.getByTestId('report-confirm').count()).toBe(1);
    await page.locator('.ant-modal-confirm').getByRole('button', { name: 'Gửi' }).dblclick();
    await expect.poll(() => status.textContent()).toBe('Đã gửi');
    await page.getByText('Đã gửi báo cáo lên cấp trên.').first().waitFor();
    expect(await page.locator('.ant-message-error').count()).toBe(0);
    expect(await page.getByTestId('report-submit').count()).toBe(0);
    await page.context().close();
  });

  it('opens the sending dialog without zooming for a user who asks for less motion', async () => {
    // Counts the animations that started while the dialog opened, with and without the wish.
    // Counted as they start, not as they still run, so a slow machine cannot miss a short one.
    const moving = async (reducedMotion: 'reduce' | 'no-preference') => {
      const page = await signedInPage(officer);
      await page.emulateMedia({ reducedMotion });
      await page.goto(`${server.url}/app/reports?week=2022-W10`);
      await page.getByLabel('Kết quả').fill('Phát thanh về ngày bầu cử.');
      // Only the dialog's own: the button's click ripple is not the dialog zooming.
      await page.evaluate(() => {
        const w = window as unknown as { started: number };
        w.started = 0;
        document.addEventListener(
          'animationstart',
          (e) => {
            if (e.target instanceof Element && e.target.closest('.ant-modal-root')) w.started += 1;
          },
          true,
        );
      });
      await page.getByTestId('report-submit').click();
      await page.getByTestId('report-confirm').waitFor();
      const count = await page.evaluate(
        () =>
          (window as unknown as { started: number }).started +
          document.getAnimations().filter((a) => {
            const target = (a.effect as KeyframeEffect | null)?.target;
            return target instanceof Element && target.closest('.ant-modal-root') !== null;
          }).length,
      );
      await page.context().close();
      return count;
    };
    expect(await moving('no-preference')).toBeGreaterThan(0);
    expect(await moving('reduce')).toBe(0);
  });
});
