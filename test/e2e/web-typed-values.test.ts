import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIRequestContext, Browser, Page } from 'playwright-core';
import { startTestServer } from '../support/test-server';
import { apiSignedIn, launchChromium, signedInPage as openSignedIn } from '../support/browser';
import { openedSoFar } from '../support/teardown';

// What is typed is what is saved: the results form refuses "-3" (antd would have clamped it to
// 0) and reopens with the saved count; unit search tells two "Phường Cẩm Bình" apart by place.

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
const SHOTS = 'test-results/typed-values';

const signedInPage = (username: string, width = 1280): Promise<Page> =>
  openSignedIn(browser, server.url, username, { viewport: { width, height: 900 } });

const apiAs = (username: string): Promise<APIRequestContext> => apiSignedIn(server.url, username);

const opened = openedSoFar();
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await opened.open(startTestServer({ demo: true }));
  browser = await opened.open(launchChromium());
});
afterAll(() => opened.closeAll());

describe('the results form (kalong, the 2022 election of khu phố heads)', () => {
  it('refuses a vote of "-3" naming the candidate, saves nothing, and reopens with what was saved', async () => {
    const page = await signedInPage('kalong');
    await page.goto(`${server.url}/app/elections`);
    await page.getByRole('link', { name: /nhiệm kỳ 2022 - 2025/ }).click();
    await page.getByRole('tab', { name: 'Kết quả' }).click();
    const electionId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
    await page.getByRole('button', { name: 'Nhập kết quả' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Cử tri trong danh sách').fill('300');
    await dialog.getByLabel('Phiếu phát ra').fill('200');
    await dialog.getByLabel('Phiếu hợp lệ', { exact: true }).fill('198');
    await dialog.getByLabel('Phiếu không hợp lệ').fill('2');
    const votes = dialog.getByRole('spinbutton').nth(4);
    await votes.fill('-3');
    await dialog.getByRole('button', { name: /OK|Đồng ý/ }).click();
    await dialog
      .getByText(/phải là số nguyên từ 0 đến 10\.000\.000\./)
      .first()
      .waitFor();
    // Never clamped: the field still says what was typed.
    expect(await votes.inputValue()).toBe('-3');
    await page.screenshot({ path: `${SHOTS}/results-refused.png` });
    const api = await apiAs('kalong');
    const before = (await (await api.get(`/api/v1/elections/${electionId}/results`)).json()) as {
      items: Array<{ districtId: string; entered: boolean }>;
    };
    expect(before.items.some((r) => r.entered)).toBe(false);

    const spins = dialog.getByRole('spinbutton');
    const candidates = (await spins.count()) - 4;
    await votes.fill('120');
    for (let i = 1; i < candidates; i++) await spins.nth(4 + i).fill('0');
    await dialog.getByRole('button', { name: /OK|Đồng ý/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    const after = (await (await api.get(`/api/v1/elections/${electionId}/results`)).json()) as {
      items: Array<{
        entered: boolean;
        rows: Array<{ ballotsIssued: number; votes: Record<string, number> }>;
      }>;
    };
    const saved = after.items.find((r) => r.entered);
    expect(saved?.rows[0]?.ballotsIssued).toBe(200);
    expect(Object.values(saved?.rows[0]?.votes ?? {})).toContain(120);
    await api.dispose();

    await page.getByRole('button', { name: 'Nhập kết quả' }).first().click();
    await dialog.getByText('Đang hiện số liệu bạn đã nhập').waitFor();
    expect(await dialog.getByLabel('Phiếu phát ra').inputValue()).toBe('200');
    expect(await dialog.getByRole('spinbutton').nth(4).inputValue()).toBe('120');
    await page.screenshot({ path: `${SHOTS}/results-reopened.png` });
    await page.context().close();
  });
});

describe('unit search (admin)', () => {
  it('tells two units of one name apart by the places above them', async () => {
    const api = await apiAs('admin');
    const find = async (q: string, name: string) => {
      const res = await api.get('/api/v1/units', { params: { search: q } });
      const { items } = (await res.json()) as { items: Array<{ id: string; name: string }> };
      const unit = items.find((u) => u.name === name);
      if (!unit) throw new Error(`no ${name}`);
      return unit.id;
    };
    const mongcai = await find('mong cai', 'Thành phố Móng Cái');
    const made = await api.post('/api/v1/units', {
      data: { parentId: mongcai, name: 'Phường Cẩm Bình', kind: 'commune' },
    });
    expect(made.status()).toBe(201);
    await api.dispose();

    for (const width of [1366, 360]) {
      const page = await signedInPage('admin', width);
      await page.goto(`${server.url}/app/units`);
      await page.getByRole('searchbox', { name: 'Tìm đơn vị' }).fill('phuong cam binh');
      const results = page.getByTestId('unit-search-results');
      await results.getByText('Thành phố Cẩm Phả — Tỉnh Quảng Ninh', { exact: true }).waitFor();
      await results.getByText('Thành phố Móng Cái — Tỉnh Quảng Ninh', { exact: true }).waitFor();
      expect(await results.getByText('Phường Cẩm Bình', { exact: true }).count()).toBe(2);
      await page.screenshot({ path: `${SHOTS}/unit-search-${width}.png` });
      await page.context().close();
    }
  });

  it('a unit picker shows where each match sits', async () => {
    const page = await signedInPage('admin');
    await page.goto(`${server.url}/app/claims`);
    await page
      .getByRole('button', { name: /Ghi nhận|Thêm/ })
      .first()
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox').first().click();
    await page.keyboard.type('phuong cam binh');
    await page.locator('.ant-select-item-option', { hasText: 'Phường Cẩm Bình' }).first().waitFor();
    await page
      .getByText(/Thành phố Móng Cái — Tỉnh Quảng Ninh/)
      .first()
      .waitFor();
    await page.screenshot({ path: `${SHOTS}/unit-picker.png` });
    await page.context().close();
  });
});
