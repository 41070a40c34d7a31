import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { samplePhotoPng } from '../../src/db/seed/sample-png';
import { startTestServer } from '../support/test-server';
import { launchChromium, signedInPage as openSignedIn } from '../support/browser';
import { openedSoFar } from '../support/teardown';

// Marking a milestone done with an evidence file, and a khu phố's step done with a photo, in
// Chromium against the demo world: each file leaves the browser as picked, in an upload form.

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;

const signedInPage = (username: string): Promise<Page> =>
  openSignedIn(browser, server.url, username, { viewport: { width: 1366, height: 768 } });

const opened = openedSoFar();
beforeAll(async () => {
  server = await opened.open(startTestServer({ demo: true }));
  browser = await opened.open(launchChromium());
});
afterAll(() => opened.closeAll());

interface Milestone {
  id: string;
  title: string;
  status: string;
  own: boolean;
  perSubUnit: boolean;
  dueOn: string;
}

const json = async <T>(page: Page, path: string): Promise<T> => {
  const res = await page.request.get(`${server.url}/api/v1${path}`);
  expect(res.status()).toBe(200);
  return (await res.json()) as T;
};
const milestonesOf = async (page: Page, slug: (s: string) => boolean) => {
  const { items } = await json<{ items: { id: string; slug: string }[] }>(page, '/elections');
  const id = items.find((e) => slug(e.slug))?.id ?? '';
  return (await json<{ items: Milestone[] }>(page, `/elections/${id}/milestones`)).items;
};
/** The uploads the page sends: method, path and content type. */
const watchUploads = (page: Page): string[] => {
  const sent: string[] = [];
  page.on('request', (r) => {
    if (/\/milestones\//.test(r.url()) && r.method() !== 'GET')
      sent.push(
        `${r.method()} ${new URL(r.url()).pathname.replace(/[0-9a-f-]{36}/g, ':id')} ${(r.headers()['content-type'] ?? '').split(';')[0]}`,
      );
  });
  return sent;
};

describe('milestones done with evidence', () => {
  it('an officer marks a step done with a note and a file; only the evidence is sent', async () => {
    const page = await signedInPage('cambinh');
    const open = (await milestonesOf(page, (s) => s.startsWith('village-head.cam-binh.'))).find(
      (m) => m.own && !m.perSubUnit && m.status !== 'done',
    );
    if (!open) throw new Error('no open step of Cẩm Bình');
    const sent = watchUploads(page);
    await page.goto(`${server.url}/app/elections`);
    await page.getByRole('link', { name: /Trưởng khu phố phường Cẩm Bình/ }).click();
    const row = page.getByRole('row').filter({ hasText: open.title }).first();
    await row.getByRole('button', { name: 'Sửa' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Đã hoàn thành').click();
    await dialog.getByLabel('Ghi chú minh chứng').fill('Đã niêm yết tại nhà văn hóa');
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Chọn tệp' }).click();
    await (
      await chooser
    ).setFiles({ name: 'bien-ban.txt', mimeType: 'text/plain', buffer: Buffer.from('biên bản') });
    await dialog.locator('.ant-modal-footer .ant-btn-primary').click();
    await dialog.waitFor({ state: 'hidden' });
    await row.getByRole('link', { name: 'bien-ban.txt' }).waitFor();
    await row.getByText('Đã xong').waitFor();
    expect(sent).toEqual(['PUT /api/v1/elections/:id/milestones/:id/evidence multipart/form-data']);
    const file = await page.request.get(
      `${server.url}${(await row.getByRole('link', { name: 'bien-ban.txt' }).getAttribute('href')) ?? ''}`,
    );
    expect(await file.text()).toBe('biên bản');
    await page.context().close();
  });

  it('a ward officer marks a khu phố done with a photo', async () => {
    const page = await signedInPage('kalong');
    const meeting = (
      await milestonesOf(page, (s) => s === 'village-head.quang-ninh.2022-06-05')
    ).find((m) => m.perSubUnit && m.dueOn === '2022-06-05');
    if (!meeting) throw new Error('no per-khu-phố step of Ka Long');
    const sent = watchUploads(page);
    await page.goto(`${server.url}/app/elections`);
    await page
      .getByRole('link', { name: 'Bầu cử Trưởng thôn, bản, khu phố nhiệm kỳ 2022 - 2025' })
      .click();
    const row = page.getByRole('row').filter({ hasText: meeting.title }).first();
    await row.getByRole('button', { name: 'Từng thôn, khu phố 0/6' }).click();
    const list = page.getByRole('dialog').filter({ hasText: 'Thôn, khu phố đã làm và chưa làm' });
    const kp1 = list.getByRole('row').filter({ hasText: 'Khu phố 1' }).first();
    await kp1.getByRole('button', { name: 'Đánh dấu đã làm' }).click();
    const mark = page.getByRole('dialog').filter({ hasText: 'Đánh dấu đã làm — Khu phố 1' });
    await mark.getByLabel('Ghi chú').fill('Đã họp');
    const chooser = page.waitForEvent('filechooser');
    await mark.getByRole('button', { name: 'Chọn ảnh minh chứng' }).click();
    await (
      await chooser
    ).setFiles({ name: 'hop.png', mimeType: 'image/png', buffer: samplePhotoPng(2) });
    await mark.locator('.ant-modal-footer .ant-btn-primary').click();
    await mark.waitFor({ state: 'hidden' });
    await kp1.getByText(/^Đã làm \d{2}\/\d{2}\/\d{4}$/).waitFor();
    await kp1.getByText('Đã họp').waitFor();
    expect(sent).toEqual([
      'PUT /api/v1/elections/:id/milestones/:id/sub-units/:id multipart/form-data',
    ]);
    await page.context().close();
  });
});
