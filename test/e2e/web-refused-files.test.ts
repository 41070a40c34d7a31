import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Locator, type Page } from 'playwright-core';
import { toneWav } from '../../src/domain/content/wav';
import type { Deps } from '../../src/domain/deps';
import { startTestServer } from '../support/test-server';
import { launchChromium, signedInPage as openSignedIn } from '../support/browser';
import {
  buildElection,
  buildPolling,
  buildUnit,
  buildUser,
  sampleFileFor,
} from '../support/factories';
import { openedSoFar } from '../support/teardown';

// A file the server refuses never leaves an item the officer did not want, on a 1366 px laptop:
// the workspace checks the file by the server's own rules before it creates anything, and a file
// the server refuses anyway takes back the item created for it. The form keeps what was typed.

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
const SHOTS = 'test-results/refused-files';
const ELECTION = 'Bầu cử Trưởng khu phố phường Bình Minh';
/** The ward's officer, who adds candidates, content and activities. */
let officer = '';

/** A ward with one khu phố, whose officer set up the khu phố head election and its one district. */
async function buildWard(deps: Deps): Promise<void> {
  const province = await buildUnit(deps, { name: 'Tỉnh thử', kind: 'province' });
  const ward = await buildUnit(deps, { parent: province, name: 'Phường Bình Minh' });
  const village = await buildUnit(deps, { parent: ward, name: 'Khu phố 1', kind: 'village' });
  const user = await buildUser(deps, ward, { role: 'officer' });
  const { election } = await buildElection(deps, ward, { name: ELECTION, author: user });
  await buildPolling(
    deps,
    election,
    [
      {
        district: 'Khu phố 1',
        name: 'Nhà văn hóa khu phố 1',
        address: 'Nhà văn hóa khu phố 1, phường Bình Minh',
        commune: ward,
        villages: [village],
      },
    ],
    user,
  );
  officer = user.username;
}

const signedInPage = (username: string): Promise<Page> =>
  openSignedIn(browser, server.url, username, { viewport: { width: 1366, height: 768 } });

const opened = openedSoFar();
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await opened.open(
    startTestServer({ demo: false, prepare: (_database, deps) => buildWard(deps) }),
  );
  browser = await opened.open(launchChromium());
});
afterAll(() => opened.closeAll());

const json = async <T>(page: Page, path: string): Promise<T> => {
  const res = await page.request.get(`${server.url}/api/v1${path}`);
  expect(res.status()).toBe(200);
  return (await res.json()) as T;
};

const PNG = Buffer.from(sampleFileFor('poster').bytes);
const NOT_AN_IMAGE = { name: 'anh.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('văn bản') };
/** A real PNG grown past the candidate photo's 2 MB (its trailing bytes are ignored). */
const BIG_PNG = {
  name: 'anh-lon.png',
  mimeType: 'image/png',
  buffer: Buffer.concat([PNG, Buffer.alloc(3 * 1024 * 1024)]),
};

/** A WAV by its header whose sound cannot be read: only the server, reading it, refuses it. */
const BROKEN_WAV = Buffer.concat([
  Buffer.from('RIFF'),
  Buffer.from([36, 0, 0, 0]),
  Buffer.from('WAVE'),
  Buffer.from('không phải âm thanh '.repeat(20)),
]);

/** The error shown under a form field, by the field's label. */
const fieldError = (scope: Locator, label: string) =>
  scope.locator(`.ant-form-item:has(label[title="${label}"]) .ant-form-item-explain-error`);

describe('a refused file leaves no item behind', () => {
  it('candidate photo: refused before the candidate exists, named under Ảnh; a good one saves', async () => {
    const page = await signedInPage(officer);
    const uploads: string[] = [];
    page.on('request', (r) => {
      if (/\/candidates(\/|$)/.test(r.url()) && r.method() !== 'GET') uploads.push(r.method());
    });
    await page.goto(`${server.url}/app/elections`);
    await page.getByRole('link', { name: ELECTION }).click();
    await page.getByRole('tab', { name: 'Người ứng cử' }).click();
    const electionId = new URL(page.url()).pathname.split('/').pop() ?? '';
    await page.getByRole('button', { name: 'Thêm người ứng cử' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Họ và tên').fill('Nguyễn Văn Ảnh Hỏng');
    await dialog.getByLabel('Nghề nghiệp, chức vụ').fill('Tổ trưởng tổ dân phố');
    await dialog.locator('input[type=file]').setInputFiles(NOT_AN_IMAGE);
    await dialog.getByRole('button', { name: 'Đồng ý' }).click();
    await fieldError(dialog, 'Ảnh').waitFor();
    expect(await fieldError(dialog, 'Ảnh').innerText()).toContain(
      'chỉ nhận tệp hình ảnh (JPEG, PNG, WebP)',
    );
    await page.screenshot({ path: `${SHOTS}/candidate-photo-refused.png` });
    expect(await dialog.getByLabel('Họ và tên').inputValue()).toBe('Nguyễn Văn Ảnh Hỏng');
    expect(await dialog.getByLabel('Nghề nghiệp, chức vụ').inputValue()).toBe(
      'Tổ trưởng tổ dân phố',
    );

    await dialog.locator('input[type=file]').setInputFiles(BIG_PNG);
    await dialog.getByRole('button', { name: 'Đồng ý' }).click();
    await fieldError(dialog, 'Ảnh').getByText('vượt giới hạn 2 MB').waitFor();
    expect(uploads).toEqual([]);
    const named = async () =>
      (
        await json<{ items: Array<{ fullName: string; hasPhoto: boolean }> }>(
          page,
          `/elections/${electionId}/candidates`,
        )
      ).items.filter((c) => c.fullName === 'Nguyễn Văn Ảnh Hỏng');
    expect(await named()).toEqual([]);

    await dialog.locator('input[type=file]').setInputFiles({
      name: 'anh.png',
      mimeType: 'image/png',
      buffer: PNG,
    });
    await dialog.getByRole('button', { name: 'Đồng ý' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await named()).toEqual([expect.objectContaining({ hasPhoto: true })]);
    await page.context().close();
  });

  it('content: a file refused only by the server takes back its item; the next save makes one', async () => {
    const page = await signedInPage(officer);
    await page.goto(`${server.url}/app/content`);
    await page.getByRole('button', { name: 'Thêm tài liệu' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Tiêu đề').fill('Bản tin âm thanh hỏng');
    await dialog.getByTestId('content-file').setInputFiles({
      name: 'ban-tin.wav',
      mimeType: 'audio/wav',
      buffer: BROKEN_WAV,
    });
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await fieldError(dialog, 'Tệp đính kèm').waitFor();
    expect(await fieldError(dialog, 'Tệp đính kèm').innerText()).toContain(
      'Không đọc được tệp âm thanh',
    );
    await page.screenshot({ path: `${SHOTS}/content-file-refused-by-server.png` });
    expect(await dialog.getByLabel('Tiêu đề').inputValue()).toBe('Bản tin âm thanh hỏng');
    const titled = async () =>
      (
        await json<{ items: Array<{ title: string }> }>(
          page,
          `/content?search=${encodeURIComponent('Bản tin âm thanh hỏng')}`,
        )
      ).items;
    expect(await titled()).toEqual([]);

    await dialog.getByTestId('content-file').setInputFiles({
      name: 'ban-tin.wav',
      mimeType: 'audio/wav',
      buffer: Buffer.from(toneWav(1)),
    });
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await titled()).toHaveLength(1);
    await page.context().close();
  });

  it('activity photo: a wrong file is named and never sent; the activity keeps no photo until a good one', async () => {
    const page = await signedInPage(officer);
    const me = await json<{ unit: { id: string } }>(page, '/me');
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(
      new Date(),
    );
    const created = await page.request.post(`${server.url}/api/v1/activities`, {
      headers: { 'Idempotency-Key': crypto.randomUUID() },
      data: {
        unitId: me.unit.id,
        occurredOn: today,
        channel: 'loudspeaker',
        categoryCode: 'luot_phat',
        quantity: 1,
        title: 'Phát loa có ảnh hỏng',
      },
    });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const sent: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith(`/activities/${id}/photo`) && r.method() === 'PUT') sent.push(r.url());
    });
    await page.goto(`${server.url}/app/activities`);
    const row = page.getByRole('row').filter({ hasText: 'Phát loa có ảnh hỏng' });
    const chooser = page.waitForEvent('filechooser');
    await row.getByRole('button', { name: 'Thêm ảnh minh chứng' }).click();
    await (await chooser).setFiles(NOT_AN_IMAGE);
    await page.getByText(/^Ảnh minh chứng: Tệp này là .*; chỉ nhận tệp hình ảnh/).waitFor();
    await page.screenshot({ path: `${SHOTS}/activity-photo-refused.png` });
    expect(sent).toEqual([]);
    const hasPhoto = async () =>
      (
        await json<{ items: Array<{ id: string; hasPhoto: boolean }> }>(
          page,
          `/activities?unitId=${me.unit.id}&from=${today}&to=${today}`,
        )
      ).items.find((a) => a.id === id)?.hasPhoto;
    expect(await hasPhoto()).toBe(false);

    const again = page.waitForEvent('filechooser');
    await row.getByRole('button', { name: 'Thêm ảnh minh chứng' }).click();
    await (await again).setFiles({ name: 'anh.png', mimeType: 'image/png', buffer: PNG });
    await page.getByText('Đã lưu ảnh minh chứng.').waitFor();
    expect(await hasPhoto()).toBe(true);
    await page.context().close();
  });
});
