import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Deps } from '../../src/domain/deps';
import type { Assignment } from '../../src/domain/plans/plan';
import type { Unit } from '../../src/domain/units/unit';
import { startTestServer } from '../support/test-server';
import { launchChromium, signedInPage } from '../support/browser';
import { buildPlan, buildUnit, buildUser, weeklyLoudspeakerDuty } from '../support/factories';
import { openedSoFar } from '../support/teardown';

// The province reviewer (an officer of the province) looks down the tree at a 2022 khu phố
// campaign: one unit and one period chosen once, kept by every supervision page.

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let page: Page;
const SHOTS = 'test-results/supervise';
/** How long a page may take to show what a poll waits for (vitest's default is one second). */
const WAIT = { timeout: 30_000 };

interface UnitRow {
  id: string;
  name: string;
}

const shot = (name: string) => page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });

/** Clicks an option of the open antd select (its listbox roles are for screen readers only). */
const pickOption = (text: RegExp) =>
  page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: text })
    .click();

const params = () => new URL(page.url()).searchParams;
const inputValues = () =>
  page.locator('main input').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
const crumbs = () => page.getByTestId('dash-breadcrumb').innerText();
const menu = (label: string) =>
  page.getByRole('navigation', { name: /menu/i }).getByText(label, { exact: true }).click();

/** A unit by id, through the API. */
async function unitOf(id: string | null): Promise<UnitRow> {
  const res = await page.request.get(`${server.url}/api/v1/units/${id ?? ''}`);
  expect(res.status()).toBe(200);
  return ((await res.json()) as { unit: UnitRow }).unit;
}

/** A unit of the province's subtree, found by name through the API. */
async function unitNamed(name: string): Promise<UnitRow> {
  const res = await page.request.get(`${server.url}/api/v1/units`, { params: { search: name } });
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { items: UnitRow[] };
  const unit = body.items.find((u) => u.name === name);
  if (!unit) throw new Error(`no unit named ${name}`);
  return unit;
}

/** A weekly loudspeaker task of the province's plan for `unit`. */
const weeklyPlays = (unit: Unit): Assignment => ({
  unitId: unit.id,
  unitName: unit.name,
  tasks: [weeklyLoudspeakerDuty()],
});

/**
 * Tỉnh thử with two cities; Thành phố Cửa Biển has Phường Bình Minh and its khu phố 1 to 3. The
 * province's plan of 2022, with its peak phase from 21/05 to 15/06, gives the ward and Khu phố 3 a
 * weekly task. The units exist since 2021, so each owes its weekly reports of 2022.
 */
async function buildProvince(deps: Deps): Promise<string> {
  const createdAt = new Date('2021-12-31T00:00:00+07:00');
  const province = await buildUnit(deps, { name: 'Tỉnh thử', kind: 'province', createdAt });
  const unit = (parent: Unit, name: string, kind: Unit['kind']) =>
    buildUnit(deps, { parent, name, kind, createdAt });
  const city = await unit(province, 'Thành phố Cửa Biển', 'district');
  await unit(province, 'Thành phố Núi Xanh', 'district');
  const ward = await unit(city, 'Phường Bình Minh', 'commune');
  await unit(ward, 'Khu phố 1', 'village');
  await unit(ward, 'Khu phố 2', 'village');
  const third = await unit(ward, 'Khu phố 3', 'village');
  await buildPlan(deps, province, {
    status: 'issued',
    periodFrom: '2022-04-01',
    periodTo: '2022-06-15',
    issuedOn: '2022-03-30',
    phases: [{ name: 'Đợt cao điểm', from: '2022-05-21', to: '2022-06-15', peak: true }],
    assignments: [weeklyPlays(ward), weeklyPlays(third)],
  });
  return (await buildUser(deps, province, { role: 'officer' })).username;
}

const opened = openedSoFar();
beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
  let reviewer = '';
  server = await opened.open(
    startTestServer({
      demo: false,
      prepare: async (_database, deps) => {
        reviewer = await buildProvince(deps);
      },
    }),
  );
  browser = await opened.open(launchChromium());
  page = await signedInPage(browser, server.url, reviewer, {
    viewport: { width: 1366, height: 900 },
  });
});

afterAll(() => opened.closeAll());

describe('province reviewer: one unit and period down the tree and across pages', () => {
  it('picks 2022 by plan phase and drills from the province to a city, a ward and a khu phố', async () => {
    await page.goto(`${server.url}/app/dashboard`);
    // A fresh load is the dashboard's first view, HTML from the server; its button opens the SPA.
    await page.getByTestId('open-full').click();
    await page.getByTestId('range-phase').click();
    await pickOption(/^Đợt cao điểm \(21\/05\/2022–15\/06\/2022\)$/);
    await page.waitForURL(/from=2022-05-21&to=2022-06-15/);
    // The address changes first; the pickers show the phase as the page renders it.
    await expect
      .poll(inputValues, WAIT)
      .toEqual(expect.arrayContaining(['21/05/2022', '15/06/2022']));

    const children = page.getByTestId('chart-children');
    await children.getByText('Bảng', { exact: true }).click();
    await children.locator('tbody tr').filter({ hasText: 'Thành phố Cửa Biển' }).click();
    await page.waitForURL(/unit=/);
    await expect.poll(crumbs, WAIT).toMatch(/Tỉnh thử\s*\/\s*Thành phố Cửa Biển/);
    await children
      .locator('tbody tr')
      .filter({ hasText: /^Phường Bình Minh/ })
      .click();
    await page.getByTestId('dash-breadcrumb').getByText('Phường Bình Minh').waitFor();
    await children.locator('tbody tr').filter({ hasText: 'Khu phố 3' }).click();
    await page.getByTestId('dash-breadcrumb').getByText('Khu phố 3').waitFor();
    await expect
      .poll(crumbs, WAIT)
      .toMatch(/Thành phố Cửa Biển\s*\/\s*Phường Bình Minh\s*\/\s*Khu phố 3/);
    await shot('1-dashboard-khu-pho');

    // Back up one level by the breadcrumb; the period stays.
    await page
      .getByTestId('dash-breadcrumb')
      .getByRole('link', { name: 'Phường Bình Minh' })
      .click();
    await page.waitForURL((u) => u.searchParams.get('unit') !== null);
    expect(params().get('from')).toBe('2022-05-21');
    expect(params().get('to')).toBe('2022-06-15');
    await expect.poll(crumbs, WAIT).toMatch(/Phường Bình Minh\s*$/);
  });

  it('goes from compliance to tasks through the menu, keeping the ward and the phase', async () => {
    const ward = await unitOf(params().get('unit'));
    expect(ward.name).toBe('Phường Bình Minh');

    await menu('Theo dõi nhiệm vụ');
    await page.waitForURL(/\/app\/obligations\?/);
    expect(params().get('unit')).toBe(ward.id);
    await expect.poll(crumbs, WAIT).toContain('Phường Bình Minh');
    await expect
      .poll(inputValues, WAIT)
      .toEqual(expect.arrayContaining(['21/05/2022', '15/06/2022']));
    await page.getByTestId('obligation-task').first().waitFor();
    await shot('2-obligations-ward');

    await menu('Nhiệm vụ');
    await page.waitForURL(/\/app\/tasks\?/);
    expect(params().get('unit')).toBe(ward.id);
    expect(params().get('from')).toBe('2022-05-21');
    await expect
      .poll(() => page.getByTestId('tasks-range').innerText(), WAIT)
      .toContain('21/05/2022–15/06/2022');
    const table = page.getByTestId('tasks-table');
    await table.locator('tbody tr.ant-table-row').first().waitFor();
    const shown = await table
      .locator('tbody tr.ant-table-row td:nth-child(2)')
      .evaluateAll((tds) => tds.map((td) => td.textContent.trim()));
    await shot('3-tasks-ward');

    // The state behind the screen, through the API: exactly the ward's subtree's tasks.
    const res = await page.request.get(`${server.url}/api/v1/tasks`, {
      params: { withinUnitId: ward.id },
    });
    expect(res.status()).toBe(200);
    const api = ((await res.json()) as { items: Array<{ assigneeName: string }> }).items;
    expect(api.length).toBeGreaterThan(0);
    expect(shown.toSorted()).toEqual(api.map((t) => t.assigneeName).toSorted());
    expect(shown.every((n) => /Bình Minh|Khu phố/.test(n))).toBe(true);
  });

  it('reaches a 2022 week in the reports grid by year and drills into a late city', async () => {
    await page.goto(`${server.url}/app/reports?tab=grid`);
    await page.getByTestId('week-year').click();
    await pickOption(/^2022$/);
    await page.getByTestId('week-picker').click();
    await page.keyboard.type('Tuần 22');
    await pickOption(/^Tuần 22 \(30\/05–05\/06\/2022\)$/);
    await page.waitForURL(/week=2022-W22/);
    const grid = page.getByTestId('report-grid');
    // Eight weeks ending with the one picked, each read as officials write it.
    await grid.locator('th').filter({ hasText: 'Tuần 22 (30/05–05/06/2022)' }).waitFor();
    expect(await grid.locator('th').filter({ hasText: 'Tuần 15 (11/04–17/04/2022)' }).count()).toBe(
      1,
    );
    await shot('4-grid-province');

    await grid.getByRole('button', { name: 'Thành phố Cửa Biển' }).click();
    await page.getByTestId('dash-breadcrumb').getByText('Thành phố Cửa Biển').waitFor();
    expect(params().get('week')).toBe('2022-W22');
    expect(params().get('tab')).toBe('grid');
    await grid.getByRole('button', { name: 'Phường Bình Minh' }).waitFor();
    // The city's grid lists its ward, not the province's cities.
    expect(await grid.getByText('Thành phố Núi Xanh').count()).toBe(0);
    await grid.getByRole('button', { name: 'Phường Bình Minh' }).click();
    await page.getByTestId('dash-breadcrumb').getByText('Phường Bình Minh').waitFor();
    await shot('5-grid-ward');
  });

  it('takes a typed period (dd/MM/yyyy) and names a period it cannot read', async () => {
    await page.goto(`${server.url}/app/obligations`);
    const picker = page.locator('main .ant-picker-range');
    const [start, end] = [picker.locator('input').nth(0), picker.locator('input').nth(1)];
    await start.click();
    await start.fill('16/05/2022');
    await start.press('Enter');
    await end.fill('05/06/2022');
    await end.press('Enter');
    await page.waitForURL(/from=2022-05-16&to=2022-06-05/);

    await page.goto(`${server.url}/app/dashboard?from=2022-02-30&to=2022-06-05&week=W20`);
    const problems = page.getByTestId('view-problems');
    await expect.poll(() => problems.innerText(), WAIT).toContain('Từ ngày “2022-02-30”');
    expect(await problems.innerText()).toContain('Tuần “W20”');
  });

  it('opens every supervision page of a copied link on its unit and period, and the menu keeps them', async () => {
    const city = await unitNamed('Thành phố Cửa Biển');
    const view = `unit=${city.id}&from=2022-05-16&to=2022-06-05`;
    const pages: Array<[string, string]> = [
      ['/dashboard', 'Tổng quan'],
      ['/obligations', 'Theo dõi nhiệm vụ'],
      ['/tasks', 'Nhiệm vụ'],
      ['/activities', 'Hoạt động'],
      ['/reports', 'Báo cáo'],
    ];
    for (const [path] of [...pages, ['/reports/summary', '']]) {
      await page.goto(`${server.url}/app${path}?${view}`);
      await expect
        .poll(() => page.locator('main').innerText(), WAIT)
        .toContain('Thành phố Cửa Biển');
      if (path === '/reports') {
        // The week of the period's end.
        await expect
          .poll(() => page.locator('main').innerText(), WAIT)
          .toContain('Tuần 22 (30/05–05/06/2022)');
      } else {
        await expect
          .poll(inputValues, WAIT)
          .toEqual(expect.arrayContaining(['16/05/2022', '05/06/2022']));
      }
    }
    await page.goto(`${server.url}/app/dashboard?${view}`);
    for (const [path, label] of pages) {
      await menu(label);
      await page.waitForURL((u) => u.pathname === `/app${path}`);
      expect(params().get('unit')).toBe(city.id);
      expect(params().get('from')).toBe('2022-05-16');
      expect(params().get('to')).toBe('2022-06-05');
    }
  });
});
