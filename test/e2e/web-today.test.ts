import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Deps } from '../../src/domain/deps';
import { launchChromium, WORKSPACE_CONTEXT } from '../support/browser';
import { buildContent, buildReport, buildUser, SAMPLE, buildCityWard } from '../support/factories';
import { apiAs } from '../support/journey';
import { startTestServer } from '../support/test-server';
import { openedSoFar } from '../support/teardown';

// "Việc cần làm": a ward officer signs in through the form and lands on the lines waiting for
// them; each line opens the thing itself, on a laptop and on a phone.

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let built = { wardId: '', officer: '', cityOfficer: '', cityLeader: '' };
const RECORDING = 'File ghi âm tuyên truyền';

/**
 * Phường Bình Minh under Thành phố Bình Minh: the city sent the ward a recording it has not yet
 * acknowledged, and the ward's officer sent last week's report, which waits on the city's leader.
 */
async function buildWard(deps: Deps): Promise<void> {
  const { city, ward } = await buildCityWard(deps);
  const officer = await buildUser(deps, ward, {
    role: 'officer',
    displayName: 'Cán bộ phường Bình Minh',
  });
  const cityOfficer = await buildUser(deps, city, { role: 'officer' });
  const cityLeader = await buildUser(deps, city, {
    role: 'leader',
    displayName: 'Trần Văn Cường',
  });
  await buildContent(deps, city, {
    kind: 'audio',
    title: `${RECORDING} bầu cử ${SAMPLE}`,
    status: 'approved',
    author: cityOfficer,
    approver: cityLeader,
    sentTo: [ward],
  });
  await buildReport(deps, ward, { author: officer });
  built = {
    wardId: ward.id,
    officer: officer.username,
    cityOfficer: cityOfficer.username,
    cityLeader: cityLeader.username,
  };
}

const opened = openedSoFar();
beforeAll(async () => {
  server = await opened.open(
    startTestServer({ demo: false, prepare: (_database, deps) => buildWard(deps) }),
  );
  browser = await opened.open(launchChromium());
});

afterAll(() => opened.closeAll());

async function signInThroughForm(width: number): Promise<Page> {
  const context = await browser.newContext({
    ...WORKSPACE_CONTEXT,
    viewport: { width, height: 800 },
  });
  context.setDefaultTimeout(60_000);
  const page = await context.newPage();
  await page.goto(`${server.url}/app/`);
  await page.waitForURL(/\/app\/login$/);
  await page.getByLabel('Tên đăng nhập').fill(built.officer);
  await page.getByLabel('Mật khẩu', { exact: true }).fill('demo1234');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL(/\/app\/today$/);
  await page.getByRole('heading', { name: 'Việc cần làm', level: 1 }).waitFor();
  return page;
}

describe.each([1366, 360])('Việc cần làm of a ward officer at %i px', (width) => {
  it('lands there after sign-in; a document line opens the document, a waiting report its report', async () => {
    const page = await signInThroughForm(width);
    const docs = page.getByTestId('today-documents');
    await docs.waitFor();
    const docLink = docs.locator('a.today-link', { hasText: RECORDING }).first();
    const docTitle = (await docLink.textContent())?.trim() ?? '';
    expect(docTitle).toContain(RECORDING);
    await expect.poll(() => docs.locator('.ant-badge').first().textContent()).toMatch(/^\d+$/);
    const waiting = page.getByTestId('today-waiting');
    await waiting.waitFor();
    // The ward's weekly reports wait on the city; the line names who decides them.
    expect(await waiting.textContent()).toContain(
      'Chờ ông/bà Trần Văn Cường (Lãnh đạo Thành phố Bình Minh) duyệt',
    );
    expect(await waiting.textContent()).toMatch(/Tuần \d+ \(\d\d\/\d\d–\d\d\/\d\d\/\d{4}\)/);
    // Nothing is wider than the screen: no sideways scrolling on a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      width,
    );
    await page.screenshot({ path: `test-results/today-ward-${width}.png`, fullPage: true });

    await docLink.click();
    await page.waitForURL(/\/app\/content\/[0-9a-f-]{36}$/);
    await page.getByText(docTitle, { exact: true }).first().waitFor();
    await page.screenshot({ path: `test-results/today-ward-${width}-document.png` });

    await page.goBack();
    await page.waitForURL(/\/app\/today$/);
    await page.getByTestId('today-waiting').locator('a.today-link').first().click();
    await page.waitForURL(/\/app\/reports\/[0-9a-f-]{36}$/);
    const reportId = /reports\/([0-9a-f-]{36})$/.exec(page.url())?.[1];
    const report = await page.request.get(`${server.url}/api/v1/reports/${reportId}`);
    expect(report.status()).toBe(200);
    expect(((await report.json()) as { status: string }).status).toBe('submitted');
    await page.context().close();
  });

  it('a plan the city sent is acknowledged from its line: the ward confirms, the line goes, the city sees who', async () => {
    const title = `Tuyên truyền ngày bầu cử tại khu dân cư (${width} px)`;
    const id = await issueCityPlanToWard(title);
    const page = await signInThroughForm(width);
    const line = page.getByTestId('today-documents').locator('a.today-link', { hasText: title });
    await line.click();
    await page.waitForURL(new RegExp(`/app/plans/${id}$`));
    const receipts = page.getByTestId('plan-receipts');
    await receipts.getByText('Hãy xác nhận đơn vị đã nhận').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      width,
    );
    await page.screenshot({ path: `test-results/today-ward-${width}-plan.png`, fullPage: true });
    await receipts.getByRole('button', { name: 'Xác nhận đã nhận' }).click();
    await receipts.getByTestId('plan-received').waitFor();
    expect(await receipts.getByTestId('plan-received').textContent()).toContain(
      'Cán bộ phường Bình Minh',
    );

    await page.goto(`${server.url}/app/today`);
    await page.getByTestId('today-documents').waitFor();
    await page.getByText(RECORDING, { exact: false }).first().waitFor();
    expect(await page.getByText(title).count()).toBe(0);
    const city = await apiAs(server.url, built.cityOfficer);
    const seen = await city.get<{
      items: Array<{ unitName: string; acknowledgedAt: string | null }>;
    }>(`/plans/${id}/receipts`);
    await city.dispose();
    expect(seen.items).toEqual([
      expect.objectContaining({ unitName: 'Phường Bình Minh', acknowledgedAt: expect.any(String) }),
    ]);
    await page.context().close();
  });
});

/** The city's officer writes a plan giving the ward a task; the city's leader issues it. */
async function issueCityPlanToWard(title: string): Promise<string> {
  const city = await apiAs(server.url, built.cityOfficer);
  const leader = await apiAs(server.url, built.cityLeader);
  try {
    const me = await city.get<{ unit: { id: string } }>('/me');
    const draft = await city.post<{ id: string }>('/plans', {
      unitId: me.unit.id,
      content: {
        title,
        periodFrom: '2022-05-16',
        periodTo: '2022-06-05',
        signer: { authority: 'TM. ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: 'Chủ tịch' },
        assignments: [
          {
            unitId: built.wardId,
            unitName: 'UBND phường Bình Minh',
            tasks: [
              {
                text: 'Treo băng rôn tại nhà văn hóa khu phố',
                channel: null,
                frequencyText: null,
                recurrence: null,
                deadline: '2022-05-31',
                target: null,
              },
            ],
          },
        ],
      },
    });
    await city.post(`/plans/${draft.id}/submit`, {});
    await leader.post(`/plans/${draft.id}/issue`, {});
    return draft.id;
  } finally {
    await city.dispose();
    await leader.dispose();
  }
}
