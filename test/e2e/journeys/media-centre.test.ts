import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../support/browser';
import {
  addAccount,
  chooseOption,
  JOURNEY_PASSWORD,
  startJourney,
  type Journey,
} from '../../support/journey';
import { startTestServer } from '../../support/test-server';
import { openedSoFar } from '../../support/teardown';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;

const CENTRE = 'Trung tâm Truyền thông và Văn hóa thành phố Cẩm Phả';
const TITLE = 'Cử tri đại diện hộ gia đình cần biết khi bầu trưởng khu phố';
const BODY =
  'Mỗi hộ gia đình cử một người đại diện dự hội nghị bầu trưởng khu phố. Mang theo căn cước.';

const opened = openedSoFar();
beforeAll(async () => {
  // The demo's own test: seed 000's city media centre at its day's work, in the seeds' world.
  server = await opened.open(startTestServer({ demo: true }));
  browser = await opened.open(launchChromium());
  // The demo has no account in the media centre; an administrator adds its officer and director.
  await addAccount(server.url, {
    username: 'ttvh.campha',
    displayName: 'Biên tập viên Trung tâm (dữ liệu mẫu)',
    role: 'officer',
    unitName: CENTRE,
  });
  await addAccount(server.url, {
    username: 'lanhdao.ttvh.campha',
    displayName: 'Giám đốc Trung tâm (dữ liệu mẫu)',
    role: 'leader',
    unitName: CENTRE,
  });
});
afterAll(() => opened.closeAll());

interface ContentList {
  items: { id: string; title: string; status: string; kind: string }[];
}
interface Recipients {
  items: { unitName: string; acknowledgedAt: string | null }[];
}

/** Opens the item in the content library. */
async function openItem(j: Journey): Promise<void> {
  await j.menu('Tài liệu tuyên truyền');
  await j.page.getByText(TITLE).first().click();
  await j.page.getByTestId('content-detail').waitFor();
}

describe('the media centre of TP Cẩm Phả', () => {
  it('writes an article, its director approves it and the city sends it to a ward', async () => {
    const officer = await startJourney(browser, server.url, 'media-centre');
    const { page } = officer;

    await officer.step('sign in', () => officer.signIn('ttvh.campha', JOURNEY_PASSWORD));

    await officer.step('write the article', async () => {
      await officer.menu('Tài liệu tuyên truyền');
      await page.getByRole('button', { name: 'Thêm tài liệu' }).click();
      const dialog = page.getByRole('dialog');
      await chooseOption(dialog, 'Loại tài liệu', 'Tin, bài');
      await dialog.getByLabel('Tiêu đề').fill(TITLE);
      await dialog.getByLabel('Nội dung', { exact: true }).fill(BODY);
      await dialog.locator('.ant-modal-footer .ant-btn-primary').click();
      await page.getByText('Đã thêm tài liệu, chờ lãnh đạo duyệt.').waitFor();
    });

    const director = await startJourney(browser, server.url, 'media-centre/director');
    await director.step('sign in', () => director.signIn('lanhdao.ttvh.campha', JOURNEY_PASSWORD));
    await director.step('approve the article', async () => {
      await openItem(director);
      await director.page
        .getByTestId('content-detail')
        .getByRole('button', { name: 'Duyệt' })
        .click();
      await director.page.getByText('Đã duyệt tài liệu.').waitFor();
    });
    await director.close();

    // The centre's own officer cannot pick a ward (outside its subtree): the city sends it down.
    const city = await startJourney(browser, server.url, 'media-centre/city');
    await city.step('sign in', () => city.signIn('campha'));
    await city.step('send it to the wards', async () => {
      await openItem(city);
      await city.page
        .getByTestId('content-detail')
        .getByRole('button', { name: 'Gửi xuống đơn vị' })
        .click();
      const dialog = city.page.getByRole('dialog', { name: 'Gửi xuống đơn vị' });
      await chooseOption(dialog, 'Thêm đơn vị nhận', 'Phường Cẩm Bình');
      await dialog.locator('.ant-modal-footer .ant-btn-primary').click();
      await city.page.getByText(/Đã gửi tới 1 đơn vị/).waitFor();
    });
    const list = await officer.api.get<ContentList>('/content', { search: TITLE });
    const item = list.items.find((c) => c.title === TITLE);
    expect(item).toMatchObject({ status: 'approved', kind: 'article' });
    const recipients = await city.api.get<Recipients>(`/content/${item?.id ?? ''}/recipients`);
    expect(recipients.items).toEqual([
      expect.objectContaining({ unitName: 'Phường Cẩm Bình', acknowledgedAt: null }),
    ]);
    await city.close();
    await officer.close();
  });
});
