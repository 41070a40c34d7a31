import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import type { Deps } from '../../src/domain/deps';
import { buildPlan, buildUnit, buildUser, SAMPLE, buildCityWard } from '../support/factories';
import { startTestServer } from '../support/test-server';
import { launchChromium, signedInPage as openSignedIn } from '../support/browser';
import { apiAs } from '../support/journey';
import { openedSoFar } from '../support/teardown';

// Journeys through the plans workspace of the SPA, in Chromium, on a ward and its city
const UUID = '[0-9a-f-]{36}';
// Autosave waits 1.5 s after the typing stops; vitest's poll gives up after 1 s by default.
const WAIT = { timeout: 60_000 };

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;

const signedInPage = (username: string): Promise<Page> =>
  openSignedIn(browser, server.url, username, {
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });

/** Types a dd/MM/yyyy date into an antd date picker and confirms it. */
async function typeDate(page: Page, label: string, ddmmyyyy: string): Promise<void> {
  const input = page.getByRole('textbox', { name: label, exact: true });
  await input.click();
  await input.fill(ddmmyyyy);
  await input.press('Enter');
}

/** Who signs in: the ward's officer and leader, and the officer of a ward with no plans yet. */
let people = { officer: '', leader: '', emptyWard: '' };

/**
 * Phường Bình Minh under Thành phố Bình Minh: the ward issued its plan 51 on 06/04/2022, the city
 * its plan 124 (which every unit below may open). Another ward, beside the city, has no plan.
 */
async function buildWards(deps: Deps): Promise<void> {
  const { province, city, ward } = await buildCityWard(deps);
  const officer = await buildUser(deps, ward, { role: 'officer' });
  const leader = await buildUser(deps, ward, { role: 'leader' });
  await buildPlan(deps, city, { status: 'issued', number: 124, issuedOn: '2022-04-05' });
  await buildPlan(deps, ward, {
    status: 'issued',
    author: officer,
    approver: leader,
    number: 51,
    issuedOn: '2022-04-06',
    periodFrom: '2022-04-06',
    periodTo: '2022-06-05',
    purposes: `Nâng cao nhận thức của cử tri về ngày bầu cử ${SAMPLE}`,
  });
  const other = await buildUnit(deps, { parent: province, name: 'Xã Yên Hòa', kind: 'commune' });
  const alone = await buildUser(deps, other, { role: 'officer' });
  people = { officer: officer.username, leader: leader.username, emptyWard: alone.username };
}

const opened = openedSoFar();
beforeAll(async () => {
  server = await opened.open(
    startTestServer({ demo: false, prepare: (_database, deps) => buildWards(deps) }),
  );
  browser = await opened.open(launchChromium());
});

afterAll(() => opened.closeAll());

describe('plans workspace (officer of phường Bình Minh)', () => {
  it('lists its own and the city plan, and previews 51/KH-UBND as printed', async () => {
    const page = await signedInPage(people.officer);
    await page.goto(`${server.url}/app/units`);
    await page.getByRole('menuitem', { name: 'Kế hoạch' }).click();
    await page.waitForURL(/\/app\/plans$/);
    const table = page.getByTestId('plans-table');
    await table.getByRole('link', { name: '124/KH-UBND' }).waitFor();
    await table.getByRole('link', { name: '51/KH-UBND' }).click();
    await page.waitForURL(new RegExp(`/app/plans/${UUID}$`));

    const preview = page.getByTestId('plan-preview');
    await preview.getByText('Số: 51/KH-UBND', { exact: true }).waitFor();
    await preview.getByText('Bình Minh, ngày 06 tháng 4 năm 2022', { exact: true }).waitFor();
    await preview.getByText('I. MỤC ĐÍCH, YÊU CẦU', { exact: true }).waitFor();
    expect(await page.getByTestId('plan-status').textContent()).toBe('Đã ban hành');
    await page.context().close();
  });

  it('creates a draft that autosaves, keeps a period ending before it starts until submission refuses it, and exports DOCX', async () => {
    const page = await signedInPage(people.officer);
    await page.goto(`${server.url}/app/plans`);
    await page.getByRole('button', { name: 'Tạo kế hoạch' }).click();
    await page.waitForURL(new RegExp(`/app/plans/${UUID}$`));

    const title = 'Tuyên truyền bầu cử thử nghiệm trên địa bàn phường Bình Minh';
    await page.getByTestId('plan-title').fill(title);
    await page.getByTestId('plan-preview').getByText(title, { exact: true }).waitFor();
    await expect
      .poll(() => page.getByTestId('plan-save-status').textContent(), WAIT)
      .toMatch(/Đã lưu lúc \d{2}:\d{2}/);
    await page.reload();
    await expect.poll(() => page.getByTestId('plan-title').inputValue(), WAIT).toBe(title);

    await typeDate(page, 'Ngày bắt đầu', '01/05/2026');
    await typeDate(page, 'Ngày kết thúc', '01/04/2026');
    // A draft keeps an inverted period as typed; submitting is what names it.
    await expect
      .poll(() => page.getByTestId('plan-save-status').textContent(), WAIT)
      .toMatch(/Đã lưu lúc/);
    expect(await page.getByTestId('plan-invalid').count()).toBe(0);
    await page.getByRole('button', { name: 'Trình duyệt' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: 'Đồng ý' }).click();
    const periodTo = page.locator('.ant-form-item', {
      has: page.getByRole('textbox', { name: 'Ngày kết thúc', exact: true }),
    });
    await periodTo.getByText('Trước ngày bắt đầu (01/05/2026).').waitFor();
    await page
      .getByTestId('plan-refused')
      .getByText('Ngày kết thúc: trước ngày bắt đầu (01/05/2026).')
      .waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Tải DOCX' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const bytes = await readFile(await download.path());
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    await page.context().close();
  });
});

describe('two people editing one draft', () => {
  it('tells the later one that someone saved first, keeping what they typed', async () => {
    const officer = await signedInPage(people.officer);
    const me = (await (await officer.request.get(`${server.url}/api/v1/me`)).json()) as {
      unit: { id: string };
    };
    const created = await officer.request.post(`${server.url}/api/v1/plans`, {
      data: { unitId: me.unit.id },
    });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const leader = await signedInPage(people.leader);
    await officer.goto(`${server.url}/app/plans/${id}`);
    await leader.goto(`${server.url}/app/plans/${id}`);
    await leader.getByTestId('plan-title').waitFor();

    await officer.getByTestId('plan-title').fill('Bản của cán bộ');
    await expect
      .poll(() => officer.getByTestId('plan-save-status').textContent(), WAIT)
      .toMatch(/Đã lưu lúc/);

    const mine = 'Bản của lãnh đạo, chưa được lưu';
    await leader.getByTestId('plan-title').fill(mine);
    const banner = leader.getByTestId('plan-conflict');
    await banner.waitFor();
    expect(await banner.textContent()).toContain('Người khác vừa lưu kế hoạch này');
    expect(await leader.getByTestId('plan-title').inputValue()).toBe(mine);

    await banner.getByRole('button', { name: 'Sao chép bản của tôi' }).click();
    await leader.getByRole('dialog').getByText(mine).waitFor();
    await leader.keyboard.press('Escape');

    await banner.getByRole('button', { name: 'Tải bản mới' }).click();
    await expect
      .poll(() => leader.getByTestId('plan-title').inputValue(), WAIT)
      .toBe('Bản của cán bộ');
    expect(await leader.getByTestId('plan-conflict').count()).toBe(0);
    await officer.context().close();
    await leader.context().close();
  });
});

describe('a ward with more plans than one list holds', () => {
  it('says how many it shows of how many, and how to find the rest, on a phone too', async () => {
    const api = await apiAs(server.url, people.emptyWard);
    const me = await api.get<{ unit: { id: string } }>('/me');
    for (let i = 0; i <= 200; i++) await api.post('/plans', { unitId: me.unit.id });
    await api.dispose();
    const page = await openSignedIn(browser, server.url, people.emptyWard, {
      viewport: { width: 360, height: 740 },
    });
    await page.goto(`${server.url}/app/plans`);
    const cut = page.getByTestId('plans-cut');
    await cut.waitFor();
    expect(await cut.innerText()).toContain('Đang hiện 200 kế hoạch cập nhật gần nhất trong 201');
    expect(await cut.innerText()).toContain('Lọc theo trạng thái');
    await page.screenshot({ path: 'test-results/plans-cut-360.png', fullPage: false });
    // Filtered to what the ward has issued, nothing is cut and the notice goes.
    await page.getByRole('combobox', { name: 'Trạng thái' }).click();
    await page.locator('.ant-select-dropdown:visible').getByText('Đã ban hành').click();
    await cut.waitFor({ state: 'detached' });
    await page.context().close();
  });
});
