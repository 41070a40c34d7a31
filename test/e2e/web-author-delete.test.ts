import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { signedInPage } from '../support/browser';
import { buildUnit, buildUser } from '../support/factories';
import { builtWorld, PHONE } from '../support/journey';
import { overflowsSideways } from '../support/workspace-phone';

// An officer takes back what they put in: a draft plan is deleted after a confirmation that says
// it cannot be undone, a submitted one is withdrawn to a draft before a leader decides.
const world = builtWorld(async (deps) => {
  const province = await buildUnit(deps, { kind: 'province' });
  const ward = await buildUnit(deps, { parent: province, kind: 'commune' });
  return { officer: await buildUser(deps, ward, { role: 'officer' }) };
});
const officer = () => world.built.officer.username;
const UUID = '[0-9a-f-]{36}';

async function newPlan(page: Page, submit: boolean): Promise<string> {
  const api = (path: string) => `${world.url}/api/v1${path}`;
  const me = (await (await page.request.get(api('/me'))).json()) as { unit: { id: string } };
  const created = await page.request.post(api('/plans'), {
    data: {
      unitId: me.unit.id,
      content: {
        title: `Kế hoạch thử ${submit ? 'trình' : 'nháp'} ${Date.now()}`,
        periodFrom: '2026-01-05',
        periodTo: '2026-03-15',
        signer: {
          authority: 'TM. ỦY BAN NHÂN DÂN',
          position: 'CHỦ TỊCH',
          name: 'Nguyễn Công Bằng',
        },
      },
    },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  if (submit) expect((await page.request.post(api(`/plans/${id}/submit`))).status()).toBe(200);
  return id;
}

describe('an officer takes back a plan (1366 px)', () => {
  it('deletes a draft after confirming, and withdraws a submitted one', async () => {
    const page = await signedInPage(world.browser, world.url, officer(), {
      viewport: { width: 1366, height: 800 },
    });
    const planStatus = async (id: string) => {
      const res = await page.request.get(`${world.url}/api/v1/plans/${id}`);
      return res.status() === 200
        ? ((await res.json()) as { status: string }).status
        : res.status();
    };

    const draft = await newPlan(page, false);
    await page.goto(`${world.url}/app/plans/${draft}`);
    await page.getByTestId('plan-delete').click();
    const confirm = page.getByRole('dialog');
    await confirm.getByText('Xóa bản dự thảo này?').last().waitFor();
    await confirm.getByText(/không khôi phục được/).waitFor();
    await page.screenshot({
      path: 'test-results/author-delete/1-confirm-1366.png',
      animations: 'disabled',
    });
    // Cancelling keeps it.
    await confirm.getByRole('button', { name: 'Hủy' }).click();
    await confirm.waitFor({ state: 'hidden' });
    expect(await planStatus(draft)).toBe('draft');
    await page.getByTestId('plan-delete').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Xóa bản nháp' }).click();
    await page.waitForURL(/\/app\/plans$/);
    await page.getByText('Đã xóa bản dự thảo.').waitFor();
    expect(await planStatus(draft)).toBe(404);

    const submitted = await newPlan(page, true);
    await page.goto(`${world.url}/app/plans/${submitted}`);
    await page.waitForURL(new RegExp(`/app/plans/${UUID}$`));
    // Submitted, it can no longer be deleted: only withdrawn.
    await page.getByTestId('plan-recall').waitFor();
    expect(await page.getByTestId('plan-delete').count()).toBe(0);
    await page.getByTestId('plan-recall').click();
    const ask = page.getByRole('dialog');
    await ask.getByText('Rút lại kế hoạch đã trình?').last().waitFor();
    await ask.getByText(/trở về bản dự thảo/).waitFor();
    await ask.getByRole('button', { name: 'Rút lại' }).click();
    await page.getByText('Đã rút lại; kế hoạch là bản dự thảo.').waitFor();
    expect(await planStatus(submitted)).toBe('draft');
    // A draft again: it can be deleted now, and is no longer offered for withdrawal.
    await page.getByTestId('plan-delete').waitFor();
    expect(await page.getByTestId('plan-recall').count()).toBe(0);
    await page.context().close();
  }, 180_000);
});

describe('on a 360 px phone', () => {
  it('the confirmations fit the screen; a claim logged by mistake is deleted from its detail', async () => {
    const page = await signedInPage(world.browser, world.url, officer(), { viewport: PHONE });
    const draft = await newPlan(page, false);
    await page.goto(`${world.url}/app/plans/${draft}`);
    await page.getByTestId('plan-delete').click();
    await page
      .getByRole('dialog')
      .getByText(/không khôi phục được/)
      .waitFor();
    const box = await page
      .getByRole('dialog')
      .filter({ hasText: 'Xóa bản dự thảo này?' })
      .boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= PHONE.width).toBe(true);
    expect(await overflowsSideways(page)).toBe(false);
    await page.screenshot({
      path: 'test-results/author-delete/2-confirm-360.png',
      animations: 'disabled',
    });
    await page.getByRole('dialog').getByRole('button', { name: 'Hủy' }).click();

    const me = (await (await page.request.get(`${world.url}/api/v1/me`)).json()) as {
      unit: { id: string };
    };
    const text = `Tin đồn ghi nhầm ${Date.now()} về ngày bầu cử bị hoãn`;
    const created = await page.request.post(`${world.url}/api/v1/claims`, {
      data: { unitId: me.unit.id, text, platform: 'facebook', firstSeenOn: '2022-05-20' },
    });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    await page.goto(`${world.url}/app/claims`);
    await page.getByText(text).click();
    await page.getByTestId('claim-delete').click();
    const ask = page.getByRole('dialog').filter({ hasText: 'Xóa thông tin ghi nhận nhầm này?' });
    await ask.getByText(/chưa ai bắt đầu xử lý/).waitFor();
    expect(await overflowsSideways(page)).toBe(false);
    await ask.getByRole('button', { name: 'Xóa', exact: true }).click();
    await page.getByText('Đã xóa thông tin.').waitFor();
    expect((await page.request.get(`${world.url}/api/v1/claims/${id}`)).status()).toBe(404);
    await page.context().close();
  }, 180_000);
});
