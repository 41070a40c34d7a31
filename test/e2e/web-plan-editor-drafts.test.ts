import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { Deps } from '../../src/domain/deps';
import { buildUnit, buildUser } from '../support/factories';
import { startTestServer } from '../support/test-server';
import { launchChromium, signedInPage as openSignedIn } from '../support/browser';
import { openedSoFar } from '../support/teardown';

// The plan editor never loses what was typed: half-typed drafts save, leaving unsaved asks first,
// and two people saving one draft are told, never silently overwritten.
const WAIT = { timeout: 60_000 };
const SHOTS = 'test-results/plan-editor-drafts';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
/** The ward's officer, who drafts, and its leader, who edits the same draft. */
let ward = { officer: '', leader: '' };

async function buildWard(deps: Deps): Promise<void> {
  const province = await buildUnit(deps, { kind: 'province' });
  const unit = await buildUnit(deps, { parent: province, kind: 'commune' });
  const officer = await buildUser(deps, unit, { role: 'officer' });
  const leader = await buildUser(deps, unit, { role: 'leader' });
  ward = { officer: officer.username, leader: leader.username };
}

const opened = openedSoFar();
beforeAll(async () => {
  server = await opened.open(
    startTestServer({ demo: false, prepare: (_database, deps) => buildWard(deps) }),
  );
  browser = await opened.open(launchChromium());
});

afterAll(() => opened.closeAll());

const signedInPage = (username: string): Promise<Page> =>
  openSignedIn(browser, server.url, username, { viewport: { width: 1366, height: 900 } });

interface PlanJson {
  id: string;
  status: string;
  title: string;
  version: number;
  phases: Array<{ name: string; from: string; to: string; peak: boolean }>;
}

/** A new draft of the officer's own unit, opened in the editor. */
async function openNewDraft(page: Page): Promise<string> {
  const me = (await (await page.request.get(`${server.url}/api/v1/me`)).json()) as {
    unit: { id: string };
  };
  const created = await page.request.post(`${server.url}/api/v1/plans`, {
    data: { unitId: me.unit.id },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  await page.goto(`${server.url}/app/plans/${id}`);
  await page.getByTestId('plan-title').waitFor();
  return id;
}

async function planThroughApi(page: Page, id: string): Promise<PlanJson> {
  return (await (await page.request.get(`${server.url}/api/v1/plans/${id}`)).json()) as PlanJson;
}

const savedStatus = (page: Page) =>
  expect.poll(() => page.getByTestId('plan-save-status').textContent(), WAIT);

/** Nothing on screen is a raw field path or the schema's English. */
async function expectNoRawErrors(page: Page): Promise<void> {
  const text = (await page.locator('main').textContent()) ?? '';
  expect(text).not.toMatch(/body\.content|Invalid|ISO date|phases\.\d/);
}

describe('a half-typed draft (a ward officer)', () => {
  it('saves a phase with one date, keeps it across a reload, and names what is missing on submission', async () => {
    const page = await signedInPage(ward.officer);
    const id = await openNewDraft(page);

    await page.getByRole('button', { name: 'Thêm đợt' }).click();
    await page.getByRole('textbox', { name: 'Tên đợt' }).fill('Đợt cao điểm');
    const from = page.getByRole('textbox', { name: 'Từ ngày', exact: true });
    await from.click();
    await from.fill('05/05/2026');
    await from.press('Enter');
    await savedStatus(page).toMatch(/Đã lưu lúc \d{2}:\d{2}/);
    expect(await page.locator('.ant-alert-error').count()).toBe(0);
    await expectNoRawErrors(page);
    await page.screenshot({ path: `${SHOTS}/1-half-typed-saved.png`, fullPage: true });

    await page.reload();
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Tên đợt' }).inputValue(), WAIT)
      .toBe('Đợt cao điểm');
    expect(await page.getByRole('textbox', { name: 'Từ ngày', exact: true }).inputValue()).toBe(
      '05/05/2026',
    );
    expect(await page.getByRole('textbox', { name: 'Đến ngày', exact: true }).inputValue()).toBe(
      '',
    );

    await page.getByRole('button', { name: 'Trình duyệt' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: 'Đồng ý' }).click();
    const refused = page.getByTestId('plan-refused');
    await refused.waitFor();
    const said = (await refused.textContent()) ?? '';
    expect(said).toContain('Đợt 1 — Đến ngày: chưa nhập ngày.');
    expect(said).toContain('Trích yếu: chưa nhập.');
    await expectNoRawErrors(page);
    await page.screenshot({ path: `${SHOTS}/2-submission-refused.png`, fullPage: true });

    const stored = await planThroughApi(page, id);
    expect(stored.status).toBe('draft');
    expect(stored.phases).toEqual([
      { name: 'Đợt cao điểm', from: '2026-05-05', to: '', peak: false },
    ]);
    await page.context().close();
  });
});

describe('leaving the editor with unsaved changes (a ward officer)', () => {
  it('asks first, keeps the typing on this device, and restores it', async () => {
    const page = await signedInPage(ward.officer);
    const id = await openNewDraft(page);
    // The server cannot be reached for saving, so what is typed stays unsaved.
    await page.route('**/api/v1/plans/*', (route) =>
      route.request().method() === 'PATCH' ? route.abort() : route.continue(),
    );
    const typed = 'Tuyên truyền bầu cử chưa lưu được';
    await page.getByTestId('plan-title').fill(typed);
    await page.getByText('Chưa lưu được thay đổi').waitFor();

    await page.getByRole('menuitem', { name: 'Kế hoạch' }).click();
    const ask = page.getByRole('dialog').filter({ hasText: 'Rời trang khi chưa lưu xong?' });
    await ask.waitFor();
    await page.screenshot({ path: `${SHOTS}/3-leave-asks.png`, fullPage: true });
    await ask.getByRole('button', { name: 'Ở lại' }).click();
    expect(page.url()).toContain(`/app/plans/${id}`);
    expect(await page.getByTestId('plan-title').inputValue()).toBe(typed);

    // Closing the tab: the browser asks too.
    const unload = new Promise<string>((resolve) =>
      page.once('dialog', (d) => {
        resolve(d.type());
        void d.dismiss();
      }),
    );
    await page.close({ runBeforeUnload: true });
    expect(await unload).toBe('beforeunload');

    // Opened again on this device: the unsaved typing is offered back and then saved.
    const again = await page.context().newPage();
    await again.goto(`${server.url}/app/plans/${id}`);
    const local = again.getByTestId('plan-local-draft');
    await local.waitFor();
    await local.getByRole('button', { name: 'Khôi phục' }).click();
    expect(await again.getByTestId('plan-title').inputValue()).toBe(typed);
    await savedStatus(again).toMatch(/Đã lưu lúc/);
    expect((await planThroughApi(again, id)).title).toBe(typed);

    // Saved: leaving goes without a question.
    await again.getByRole('menuitem', { name: 'Kế hoạch' }).click();
    await again.waitForURL(/\/app\/plans$/);
    await again.context().close();
  });
});

describe('two people editing one draft', () => {
  let contexts: BrowserContext[] = [];
  afterAll(async () => Promise.all(contexts.map((c) => c.close())));

  it('tells the later one in Vietnamese, keeps their typing, and overwrites only when asked', async () => {
    const officer = await signedInPage(ward.officer);
    const id = await openNewDraft(officer);
    const leader = await signedInPage(ward.leader);
    contexts = [officer.context(), leader.context()];
    await leader.goto(`${server.url}/app/plans/${id}`);
    await leader.getByTestId('plan-title').waitFor();

    await officer.getByTestId('plan-title').fill('Bản của cán bộ');
    await savedStatus(officer).toMatch(/Đã lưu lúc/);

    const mine = 'Bản của lãnh đạo';
    await leader.getByTestId('plan-title').fill(mine);
    const banner = leader.getByTestId('plan-conflict');
    await banner.waitFor();
    expect(await banner.textContent()).toContain('Người khác vừa lưu kế hoạch này');
    expect(await leader.getByTestId('plan-title').inputValue()).toBe(mine);
    expect((await planThroughApi(leader, id)).title).toBe('Bản của cán bộ');
    await leader.screenshot({ path: `${SHOTS}/4-conflict.png`, fullPage: true });

    await banner.getByRole('button', { name: 'Ghi đè bằng bản của tôi' }).click();
    await leader.getByRole('tooltip').getByRole('button', { name: 'Đồng ý' }).click();
    await savedStatus(leader).toMatch(/Đã lưu lúc/);
    expect(await leader.getByTestId('plan-conflict').count()).toBe(0);
    expect((await planThroughApi(leader, id)).title).toBe(mine);
  });
});
