import { describe, expect, it } from 'vitest';
import { type Page } from 'playwright-core';
import { samplePhotoPng } from '../../src/db/seed/sample-png';
import { addMilestone } from '../../src/domain/elections/custom-milestones';
import { signedInPage as openSignedIn } from '../support/browser';
import { actorOf, buildElection, buildTree, buildUnit } from '../support/factories';
import { builtWorld } from '../support/journey';

// Marking a milestone done with an evidence file, and a khu phố's step done with a photo, in
// Chromium: each file leaves the browser as picked, in an upload form.

// A ward with three khu phố: its own election ahead, and the province's khu phố election of 2022
// in which the ward added a step each khu phố does itself, on election day.
const world = builtWorld(async (deps) => {
  const tree = await buildTree(deps);
  for (const n of [2, 3])
    await buildUnit(deps, { parent: tree.commune, name: `Khu phố ${n}`, kind: 'village' });
  const own = await buildElection(deps, tree.commune, {
    name: `Bầu cử Trưởng khu phố ${tree.commune.name}`,
  });
  const provincial = await buildElection(deps, tree.province, {
    name: `Bầu cử Trưởng thôn, khu phố ${tree.province.name} nhiệm kỳ 2022 - 2025`,
    electionDay: '2022-06-05',
  });
  const officer = tree.users.commune.officer;
  await addMilestone(deps, actorOf(officer, tree.commune), provincial.election.id, {
    title: 'Hội nghị cử tri đại diện hộ gia đình bầu Trưởng khu phố tại từng khu phố',
    dueOn: '2022-06-05',
    perSubUnit: true,
  });
  return {
    officer: officer.username,
    village: tree.village.name,
    own: own.election,
    provincial: provincial.election,
  };
});

const signedInPage = (username: string): Promise<Page> =>
  openSignedIn(world.browser, world.url, username, { viewport: { width: 1366, height: 768 } });

interface Milestone {
  id: string;
  title: string;
  status: string;
  own: boolean;
  perSubUnit: boolean;
  dueOn: string;
}

const json = async <T>(page: Page, path: string): Promise<T> => {
  const res = await page.request.get(`${world.url}/api/v1${path}`);
  expect(res.status()).toBe(200);
  return (await res.json()) as T;
};
const milestonesOf = async (page: Page, electionId: string) =>
  (await json<{ items: Milestone[] }>(page, `/elections/${electionId}/milestones`)).items;
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
    const { officer, own } = world.built;
    const page = await signedInPage(officer);
    const open = (await milestonesOf(page, own.id)).find(
      (m) => m.own && !m.perSubUnit && m.status !== 'done',
    );
    if (!open) throw new Error("no open step of the ward's election");
    const sent = watchUploads(page);
    await page.goto(`${world.url}/app/elections`);
    await page.getByRole('link', { name: own.name }).click();
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
      `${world.url}${(await row.getByRole('link', { name: 'bien-ban.txt' }).getAttribute('href')) ?? ''}`,
    );
    expect(await file.text()).toBe('biên bản');
    await page.context().close();
  });

  it('a ward officer marks a khu phố done with a photo', async () => {
    const { officer, village, provincial } = world.built;
    const page = await signedInPage(officer);
    const meeting = (await milestonesOf(page, provincial.id)).find(
      (m) => m.perSubUnit && m.dueOn === '2022-06-05',
    );
    if (!meeting) throw new Error('no per-khu-phố step of the ward');
    const sent = watchUploads(page);
    await page.goto(`${world.url}/app/elections`);
    await page.getByRole('link', { name: provincial.name }).click();
    const row = page.getByRole('row').filter({ hasText: meeting.title }).first();
    await row.getByRole('button', { name: 'Từng thôn, khu phố 0/3' }).click();
    const list = page.getByRole('dialog').filter({ hasText: 'Thôn, khu phố đã làm và chưa làm' });
    const kp1 = list.getByRole('row').filter({ hasText: village }).first();
    await kp1.getByRole('button', { name: 'Đánh dấu đã làm' }).click();
    const mark = page.getByRole('dialog').filter({ hasText: `Đánh dấu đã làm — ${village}` });
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
