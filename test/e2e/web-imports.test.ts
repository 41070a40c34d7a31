import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import type { Deps } from '../../src/domain/deps';
import { startTestServer } from '../support/test-server';
import { launchChromium, signedInPage as openSignedIn } from '../support/browser';
import { buildUnit, buildUser, buildCityWard } from '../support/factories';
import { openedSoFar } from '../support/teardown';

const UUID = '[0-9a-f-]{36}';
const PLAN_51 = new URL('../fixtures/seeds/000_8d1b414aa8c00f3e.txt', import.meta.url);
const REPORT_HL = new URL('../fixtures/seeds/002_6df36ae9a49cd3c2.txt', import.meta.url);

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
/** The officers who import: of Phường Bình Minh, and of Thành phố Bình Minh above it. */
let officers = { ward: '', city: '' };

/**
 * A city and its ward, which has a culture and society section (the one unit of plan 51's three
 * assignments that Loa can name) and no khu phố.
 */
async function buildCity(deps: Deps): Promise<void> {
  const { city, ward } = await buildCityWard(deps);
  await buildUnit(deps, {
    parent: ward,
    name: 'Bộ phận Văn hóa - Xã hội phường Bình Minh',
    kind: 'agency',
  });
  // The city's own station, which a plan of the city names together with the ward's section.
  await buildUnit(deps, {
    parent: city,
    name: 'Đài Truyền thanh thành phố Bình Minh',
    kind: 'agency',
  });
  const wardOfficer = await buildUser(deps, ward, { role: 'officer' });
  const cityOfficer = await buildUser(deps, city, { role: 'officer' });
  officers = { ward: wardOfficer.username, city: cityOfficer.username };
}

const signedInPage = (username: string): Promise<Page> =>
  openSignedIn(browser, server.url, username, {
    viewport: { width: 1280, height: 900 },
    timeout: 60_000,
  });

/** Opens the page from the side menu and drops a file on it. */
async function upload(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.goto(`${server.url}/app/units`);
  await page.getByRole('menuitem', { name: 'Nhập từ văn bản' }).click();
  await page.waitForURL(/\/app\/imports$/);
  await page.getByTestId('import-upload').waitFor();
  await page.locator('input[type=file]').setInputFiles({ name, mimeType: 'text/plain', buffer });
}

/**
 * Bình Minh's report of a day in May 2022: sixty street groups, the i-th putting up i banners unless
 * `count` says otherwise.
 */
function bannerReport(day: number, count: (i: number) => number | null): string {
  const lines = Array.from(
    { length: 60 },
    (_, i) => `- Tổ dân phố ${i + 1} đã treo ${count(i) ?? i + 1} băng rôn.`,
  );
  return [
    'UBND PHƯỜNG BÌNH MINH',
    `Bình Minh, ngày ${day} tháng 5 năm 2022`,
    'BÁO CÁO',
    'Kết quả công tác tuyên truyền bầu cử',
    ...lines,
  ].join('\n');
}

const opened = openedSoFar();
beforeAll(async () => {
  server = await opened.open(
    startTestServer({ demo: false, prepare: (_database, deps) => buildCity(deps) }),
  );
  browser = await opened.open(launchChromium());
});

afterAll(() => opened.closeAll());

describe('importing a plan (officer of a ward)', () => {
  it('shows the fields beside their sources, flags unmatched units, and saves a draft plan', async () => {
    const page = await signedInPage(officers.ward);
    await upload(page, 'ke-hoach-51.txt', await readFile(PLAN_51));
    await page.getByTestId('import-review').waitFor();
    expect(await page.getByTestId('import-kind').textContent()).toBe('Kế hoạch');
    expect(await page.getByTestId('import-number').inputValue()).toBe('51/KH-UBND');

    // The number's source is marked in the text, and focusing the field emphasises it.
    const text = page.getByTestId('import-text');
    const numberMark = text.locator('mark[data-paths~="number"]');
    expect(await numberMark.textContent()).toBe('51/KH-UBND');
    expect(await text.locator('mark.import-mark-active').count()).toBe(0);
    await page.getByTestId('import-number').focus();
    await expect.poll(() => numberMark.getAttribute('class')).toContain('import-mark-active');
    // The signer, at the end of the text, is scrolled into the text box when its field is chosen.
    const signerMark = text.locator('mark[data-paths~="signer"]');
    await page.locator('[data-source="signer"] input').first().focus();
    await expect.poll(() => signerMark.getAttribute('class')).toContain('import-mark-active');
    const inBox = async () => {
      const [box, mark] = await Promise.all([text.boundingBox(), signerMark.boundingBox()]);
      return !!box && !!mark && mark.y >= box.y && mark.y + mark.height <= box.y + box.height;
    };
    await expect.poll(inBox).toBe(true);

    // Of the three assignments, the VHXH section is found in Loa; the other two are not.
    const rows = page.getByTestId('import-assignment');
    expect(await rows.count()).toBe(3);
    const unmatched = page.locator('[data-testid=import-assignment][data-unmatched=true]');
    expect(await unmatched.count()).toBe(2);
    await unmatched.first().getByText('Chọn đơn vị trong Loa').waitFor();
    const box = page.locator('.import-unmatched').first();
    expect(await box.evaluate((el) => getComputedStyle(el).borderTopColor)).toBe(
      'rgb(250, 140, 22)',
    );
    await page
      .locator('[data-testid=import-assignment][data-unmatched=false]')
      .getByText('Bộ phận Văn hóa - Xã hội phường Bình Minh')
      .waitFor();

    // Clicking a marked span takes the officer to its field.
    await text.locator('mark[data-paths~="assignments.0"]').first().click();
    await expect
      .poll(() =>
        page.evaluate(() =>
          document.activeElement?.closest('[data-source]')?.getAttribute('data-source'),
        ),
      )
      .toBe('assignments.0');

    const title = await page.getByTestId('import-title').inputValue();
    expect(title).toContain('Tuyên truyền công tác bầu cử Trưởng khu phố');
    await page.getByTestId('import-save-plan').click();
    await page.waitForURL(new RegExp(`/app/plans/${UUID}$`));
    await expect.poll(() => page.getByTestId('plan-title').inputValue()).toBe(title);
    expect(await page.getByTestId('plan-assignment').count()).toBe(3);
    expect(await page.getByTestId('plan-status').textContent()).toBe('Dự thảo');

    // The ward's loudspeaker duty is one weekly task on the loudspeakers, beside two tasks with
    // their own channels and no frequency (the "Duy trì … 01 lần/tuần" sentence is not a task).
    const planId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
    const plan = await (await page.request.get(`${server.url}/api/v1/plans/${planId}`)).json();
    const culture = plan.assignments.find(
      (a: { unitName: string }) => a.unitName === 'Bộ phận Văn hóa Xã hội',
    );
    expect(
      culture.tasks.map((t: { channel: string | null; recurrence: unknown }) => [
        t.channel,
        t.recurrence,
      ]),
    ).toEqual([
      [null, null],
      ['loudspeaker', { count: 1, per: 'week' }],
      ['web_portal', null],
    ]);
    await page.context().close();
  });

  it('keeps every unit of bodies named together, from the review to the saved plan', async () => {
    const plan = [
      'ỦY BAN NHÂN DÂN THÀNH PHỐ BÌNH MINH',
      'Số: 12/KH-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Bình Minh, ngày 10 tháng 3 năm 2026',
      'KẾ HOẠCH',
      'Tuyên truyền bầu cử đại biểu Quốc hội khóa XVI',
      '1.1. Phát tin, bài về bầu cử trên hệ thống loa truyền thanh.',
      'Tổ chức thực hiện: Đài Truyền thanh thành phố Bình Minh, Bộ phận Văn hóa - Xã hội phường Bình Minh.',
      'Thời gian thực hiện: Thực hiện thường xuyên',
    ].join('\n');
    const page = await signedInPage(officers.city);
    await upload(page, 'ke-hoach-12.txt', Buffer.from(plan));
    await page.getByTestId('import-review').waitFor();
    const row = page.getByTestId('import-assignment');
    expect(await row.count()).toBe(1);
    expect(await row.getAttribute('data-unmatched')).toBe('false');
    await row.getByText('Đài Truyền thanh thành phố Bình Minh').waitFor();
    await row
      .getByTestId('import-more-units')
      .getByText('Bộ phận Văn hóa - Xã hội phường Bình Minh')
      .waitFor();

    await page.getByTestId('import-save-plan').click();
    await page.waitForURL(new RegExp(`/app/plans/${UUID}$`));
    const planId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
    const saved = await (await page.request.get(`${server.url}/api/v1/plans/${planId}`)).json();
    expect(saved.assignments).toHaveLength(1);
    expect(saved.assignments[0].unitName).toBe(
      'Đài Truyền thanh thành phố Bình Minh, Bộ phận Văn hóa - Xã hội phường Bình Minh',
    );
    expect(saved.assignments[0].unitId).toMatch(new RegExp(`^${UUID}$`));
    expect(saved.assignments[0].unitIds).toHaveLength(1);
    expect(saved.assignments[0].unitIds[0]).not.toBe(saved.assignments[0].unitId);
    await page
      .getByTestId('plan-assignment')
      .getByTestId('assignment-more-units')
      .getByText('Bộ phận Văn hóa - Xã hội phường Bình Minh')
      .waitFor();
    await page.context().close();
  });

  it('refuses a file it cannot read, saying why', async () => {
    const page = await signedInPage(officers.ward);
    await upload(page, 'bao-cao.pdf', Buffer.from('%PDF-1.4 hỏng'));
    const problem = page.getByTestId('import-problem');
    await problem.getByText('Tệp PDF bị hỏng, không đọc được.').waitFor();
    expect(await page.getByTestId('import-review').count()).toBe(0);

    // Too large: refused in the browser, before anything is read or sent.
    const dir = await mkdtemp(join(tmpdir(), 'loa-import-'));
    try {
      const big = join(dir, 'ban-scan.txt');
      await writeFile(big, '');
      await truncate(big, 50 * 1024 * 1024 + 1);
      await page.locator('input[type=file]').setInputFiles(big);
      await expect.poll(() => problem.textContent()).toContain('vượt quá giới hạn 50 MB');
      expect(await page.getByTestId('import-progress').count()).toBe(0);
      // Empty: said plainly, without a size of "0.0 MB".
      await page.locator('input[type=file]').setInputFiles({
        name: 'rong.txt',
        mimeType: 'text/plain',
        buffer: Buffer.alloc(0),
      });
      await expect
        .poll(() => problem.textContent())
        .toContain('Tệp “rong.txt” rỗng, không có gì để đọc.');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    await page.context().close();
  });

  it('opens a document of one megabyte on one line and shows all of its text', async () => {
    // A browser lays out a paragraph whole: drawn as one, this line never reached the screen.
    const line = 'Tuyên truyền bầu cử đại biểu Quốc hội khóa XVI. '.repeat(20_000); // 1.2 MB
    const page = await signedInPage(officers.ward);
    await upload(page, 'mot-dong.txt', Buffer.from(line));
    const text = page.getByTestId('import-text');
    await text.getByText('Tuyên truyền bầu cử', { exact: false }).first().waitFor();
    expect((await text.textContent())?.length).toBe(line.trimEnd().length);
    expect(await page.getByTestId('import-kind').count()).toBe(1);
    await page.context().close();
  });
});

describe('importing report figures (officers of a city and of its ward)', () => {
  it('records the figures as activities once, and says so the second time', async () => {
    const page = await signedInPage(officers.city);
    await upload(page, 'so-ket-dot-1.txt', await readFile(REPORT_HL));
    const figures = page.getByTestId('import-figures');
    await figures.waitFor();
    expect(await figures.getByTestId('import-figure').count()).toBe(5);
    // "trên 170", "trên 60": the qualifier as the document writes it, the rest exact.
    expect(await figures.getByText('trên', { exact: true }).count()).toBe(2);

    const save = page.getByTestId('import-save-figures');
    const outcome = page.getByTestId('import-figures-outcome');
    await save.click();
    await outcome.getByText('Đã lưu số liệu').waitFor();
    expect(await outcome.textContent()).toContain('Đã ghi 5 hoạt động cho Thành phố Bình Minh');

    await save.click();
    await outcome.getByText('Đã nhập trước đó', { exact: true }).waitFor();
    expect(await outcome.textContent()).toContain('5 số liệu của văn bản này đã có trong Loa');

    const res = await page.request.get(`${server.url}/api/v1/activities`, {
      params: { pageSize: 100 },
    });
    const { items } = (await res.json()) as { items: Array<{ title: string | null }> };
    expect(
      items.filter((a) => a.title === 'tin, bài đăng tải trên Cổng thông tin điện tử Thành phố'),
    ).toHaveLength(1);
    await page.context().close();
  });

  it('draws the first 50 of many figures, the one whose mark is picked, and records them all', async () => {
    const report = bannerReport(10, () => null);
    const page = await signedInPage(officers.ward);
    await upload(page, 'bao-cao-60.txt', Buffer.from(report));
    const figures = page.getByTestId('import-figures');
    await figures.waitFor();
    expect(await figures.getByTestId('import-figure').count()).toBe(50);
    const more = figures.getByTestId('import-more-rows');
    expect(await more.textContent()).toBe('Hiện thêm 10 dòng (còn 10 dòng)');

    // The 58th count, picked in the text, is drawn and its field focused.
    await page.getByTestId('import-text').locator('mark[data-paths~="metrics.57"]').click();
    const row = figures.locator('[data-source="metrics.57"]');
    await row.waitFor();
    await expect.poll(() => row.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    expect(await more.count()).toBe(0);

    // All sixty are recorded, drawn or not.
    await page.getByTestId('import-save-figures').click();
    const outcome = page.getByTestId('import-figures-outcome');
    await outcome.getByText('Đã lưu số liệu').waitFor();
    expect(await outcome.textContent()).toContain('Đã ghi 60 hoạt động cho Phường Bình Minh');
    await page.context().close();
  });

  it('draws a figure the server refused among those not drawn, with its reason beside it', async () => {
    // The 56th count is above what one unit puts up of that kind: the server says so.
    const report = bannerReport(11, (i) => (i === 55 ? 900 : null));
    const page = await signedInPage(officers.ward);
    await upload(page, 'bao-cao-900.txt', Buffer.from(report));
    const figures = page.getByTestId('import-figures');
    await figures.waitFor();
    expect(await figures.getByTestId('import-figure').count()).toBe(50);
    await page.getByTestId('import-save-figures').click();
    const row = figures.locator('[data-source="metrics.55"]');
    await row.locator('.ant-form-item-explain-error').waitFor();
    expect(await row.locator('.ant-form-item-explain-error').textContent()).toBe(
      '900 chiếc trong một lần ghi là bất thường với cấp đơn vị này (tối đa 500); hãy kiểm tra lại.',
    );
    await page.context().close();
  });
});
