import { mkdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Page } from 'playwright-core';
import { signedInPage as openSignedIn } from '../support/browser';
import { buildContent, buildStation, buildTree } from '../support/factories';
import { builtWorld } from '../support/journey';

// "Never record twice", in the browser: a play sent by Enter then the button is one play; a file
// refused for a new item leaves no item behind; an author deletes their own draft.

const SHOTS = 'test-results/record-once';

// A ward's officer, a loudspeaker cluster of the ward and an approved audio bulletin it may play,
// both in use since 2022 (a play is logged after the fact for a day of that year).
const world = builtWorld(async (deps) => {
  const tree = await buildTree(deps);
  const officer = tree.users.commune.officer;
  await buildStation(deps, tree.commune, { author: officer, inServiceFrom: '2022-01-01' });
  const audio = await buildContent(deps, tree.commune, {
    kind: 'audio',
    status: 'approved',
    title: 'Bản tin phát thanh về ngày bầu cử',
    validFrom: '2022-01-01',
    author: officer,
  });
  return { officer: officer.username, audioTitle: audio.title };
});

const signedInPage = (): Promise<Page> =>
  openSignedIn(world.browser, world.url, world.built.officer, { timeout: 60_000 });

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

const json = async <T>(page: Page, path: string): Promise<T> => {
  const res = await page.request.get(`${world.url}/api/v1${path}`);
  expect(res.status()).toBe(200);
  return (await res.json()) as T;
};

describe('records once', () => {
  it('Enter in the play time picker, then the button, logs one play', async () => {
    const page = await signedInPage();
    await page.goto(`${world.url}/app/broadcasts`);
    await page.getByRole('tab', { name: 'Nhật ký phát' }).click();
    await page.getByLabel('Đài, cụm loa').first().click();
    await page.locator('.ant-select-item-option').first().click();
    await page.getByLabel('Tệp đã phát').click();
    await page
      .locator('.ant-select-item-option', { hasText: world.built.audioTitle })
      .first()
      .click();
    const at = page.getByLabel('Thời điểm phát');
    await at.click();
    await at.fill('04/04/2022 06:45');
    await at.press('Enter');
    await page.getByRole('button', { name: 'Ghi lượt phát' }).click();
    await page.getByText('Đã ghi lượt phát', { exact: false }).first().waitFor();
    await page.screenshot({ path: `${SHOTS}/play-logged.png` });
    const plays = await json<{ items: Array<{ playedAt: string }> }>(
      page,
      '/broadcasts/plays?from=2022-04-04&to=2022-04-04',
    );
    const at0645 = plays.items.filter((p) => p.playedAt.startsWith('2022-04-03T23:45'));
    expect(at0645).toHaveLength(1);
  });

  it('an emergency, whose dialog hides the schedule, is scheduled once, to play today', async () => {
    const page = await signedInPage();
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(
      new Date(),
    );
    const emergencies = async () =>
      (
        await json<{ plays: Array<{ priority: string; date: string }> }>(
          page,
          `/broadcasts/schedule?from=${today}&to=${today}`,
        )
      ).plays.filter((p) => p.priority === 'emergency').length;
    const before = await emergencies();
    await page.goto(`${world.url}/app/broadcasts`);
    await page.getByRole('button', { name: 'Thêm lịch phát' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Khẩn cấp', { exact: true }).click();
    await dialog.getByText('Khẩn cấp: phát ngay, ưu tiên hơn mọi lịch đang có.').waitFor();
    expect(await dialog.getByLabel('Lặp lại').count()).toBe(0);
    await dialog.getByLabel('Tệp âm thanh đã duyệt').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
    await dialog.getByLabel('Đài, cụm loa').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
    await page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: 'Đồng ý' }).click();
    await page.getByText('Đã thêm lịch phát.').waitFor();
    expect(await emergencies()).toBe(before + 1);
  });

  it('a refused file leaves no new item, and the form keeps what was typed', async () => {
    const page = await signedInPage();
    await page.goto(`${world.url}/app/content`);
    await page.getByRole('button', { name: 'Thêm tài liệu' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Tiêu đề').fill('Bản tin với tệp hỏng');
    await dialog.getByTestId('content-file').setInputFiles({
      name: 'ban-tin.mp3',
      mimeType: 'audio/mpeg',
      buffer: Buffer.from('không phải âm thanh'),
    });
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await page
      .locator('.ant-message-error, .ant-alert-error, .ant-form-item-explain-error')
      .first()
      .waitFor();
    await page.screenshot({ path: `${SHOTS}/refused-upload.png` });
    expect(await dialog.getByLabel('Tiêu đề').inputValue()).toBe('Bản tin với tệp hỏng');
    const list = await json<{ items: Array<{ title: string }> }>(
      page,
      `/content?search=${encodeURIComponent('Bản tin với tệp hỏng')}`,
    );
    expect(list.items).toHaveLength(0);
  });

  it('an author deletes their own draft after confirming', async () => {
    const page = await signedInPage();
    const created = await page.request.post(`${world.url}/api/v1/content`, {
      data: {
        unitId: await unitOf(page),
        kind: 'slogans',
        title: 'Khẩu hiệu nháp',
        body: 'Đi bầu cử',
      },
    });
    expect(created.status()).toBe(201);
    await page.goto(`${world.url}/app/content`);
    await page.getByText('Khẩu hiệu nháp').first().click();
    await page.getByRole('button', { name: 'Xóa bản nháp' }).click();
    await page.screenshot({ path: `${SHOTS}/delete-draft-confirm.png` });
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Xóa bản nháp' }).click();
    await page.getByText('Đã xóa bản nháp.').waitFor();
    const list = await json<{ items: unknown[] }>(
      page,
      `/content?search=${encodeURIComponent('Khẩu hiệu nháp')}`,
    );
    expect(list.items).toHaveLength(0);
  });
});

const unitOf = async (page: Page): Promise<string> =>
  (await json<{ unit: { id: string } }>(page, '/me')).unit.id;
