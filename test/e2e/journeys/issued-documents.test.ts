import { describe, expect, it } from 'vitest';
import { WARD_PLAN_51 } from '../../../src/db/seed/demo-plans.data';
import { findSoffice } from '../../../src/documents/pdf';
import { apiAs, demoWorld, PHONE, startJourney, vnToday } from '../../support/journey';

// Seed 000 as the decree wants it sent: Cẩm Bình's leader issues plan 51, its PDF is signed
// with the ward's certificate, and the plan lands, signed, in the "Văn bản đến" of UBND thành
// phố Cẩm Phả (b/c) and of the Bộ phận Văn hóa - Xã hội (t/h), who open it; the ward sees
// they have received it.

// The demo's own test: the seeds' plans issued and read down their own tree.
const world = demoWorld();
const canMakePdf = findSoffice() !== null;
const SIGNED = /Đã ký số bởi UBND phường Cẩm Bình lúc \d{2}:\d{2}:\d{2}, \d{2}\/\d{2}\/\d{4}/;

interface Plan {
  id: string;
  status: string;
  numberText: string | null;
}
interface Receipts {
  items: { unitName: string; acknowledgedAt: string | null }[];
}

/** The ward's officer writes plan 51 as the seed has it, for this year, and submits it. */
async function submittedPlan51(): Promise<string> {
  const officer = await apiAs(world.url, 'cambinh');
  // The city is above the ward's reach: the admin finds the units named in Nơi nhận.
  const admin = await apiAs(world.url, 'admin');
  const unitId = async (name: string) => {
    const found = await admin.get<{ items: { id: string; name: string }[] }>('/units', {
      search: name,
    });
    const unit = found.items.find((u) => u.name === name);
    if (!unit) throw new Error(`${name} not found`);
    return unit.id;
  };
  const me = await officer.get<{ unit: { id: string } }>('/me');
  const plan = await officer.post<Plan>('/plans', {
    unitId: me.unit.id,
    content: WARD_PLAN_51({
      campha: await unitId('Thành phố Cẩm Phả'),
      vhxh: await unitId('Bộ phận Văn hóa - Xã hội phường Cẩm Bình'),
      mttq: await unitId('Ủy ban MTTQ phường Cẩm Bình'),
    }),
  });
  await officer.post(`/plans/${plan.id}/submit`, {});
  await officer.dispose();
  await admin.dispose();
  return plan.id;
}

describe.runIf(canMakePdf)('plan 51, issued electronically', () => {
  it('is issued signed and opened in the inboxes of Cẩm Phả and of the Bộ phận VH-XH', async () => {
    const planId = await submittedPlan51();
    const year = vnToday().slice(0, 4);

    const leader = await startJourney(world.browser, world.url, 'issued-documents-leader');
    await leader.step('sign in', () => leader.signIn('lanhdao.cambinh'));
    await leader.step('issue plan 51', async () => {
      await leader.page.goto(`${world.url}/app/plans/${planId}`);
      await leader.page
        .getByTestId('plan-actions')
        .getByRole('button', { name: 'Ban hành' })
        .click();
      const dialog = leader.page.getByRole('dialog');
      await dialog.getByLabel('Số văn bản (không bắt buộc)').fill('51');
      await dialog.getByRole('button', { name: 'Ban hành' }).click();
      await leader.page.getByTestId('plan-status').getByText('Đã ban hành').waitFor();
    });
    await leader.step('download the signed PDF', async () => {
      const download = leader.page.waitForEvent('download');
      await leader.page
        .getByTestId('plan-actions')
        .getByRole('button', { name: 'Tải PDF' })
        .click();
      expect((await download).suggestedFilename()).toBe(`KH-51-UBND-${year}.pdf`);
      await leader.page.getByTestId('plan-signed-by').getByText(SIGNED).waitFor();
      // Recipients outside Loa get it by e-mail, from the issuer.
      await leader.page.getByTestId('plan-outside').getByText('Đảng ủy, HĐND phường').waitFor();
    });
    await leader.close();

    const city = await startJourney(world.browser, world.url, 'issued-documents-city');
    await city.step('sign in', () => city.signIn('campha'));
    await city.step('find plan 51 in Văn bản đến', async () => {
      await city.menu('Văn bản đến');
      const item = city.page.getByTestId('inbox-item').first();
      await item.getByText('Kế hoạch số 51/KH-UBND').waitFor();
      await item.getByText('Chưa nhận').waitFor();
      await item.getByText('Đã ký số: UBND phường Cẩm Bình').waitFor();
    });
    await city.step('open it', async () => {
      await city.page.getByTestId('inbox-item').first().getByText('Kế hoạch số 51/KH-UBND').click();
      const drawer = city.page.getByTestId('inbox-document');
      await drawer.getByTestId('inbox-signature').getByText(SIGNED).waitFor();
      await city.page.keyboard.press('Escape');
      await city.page
        .getByTestId('inbox-item')
        .first()
        .getByText(/Đã nhận \d{2}\/\d{2}\/\d{4}/)
        .waitFor();
    });
    await city.close();

    const section = await startJourney(world.browser, world.url, 'issued-documents-section', {
      viewport: PHONE,
    });
    await section.step('sign in on a phone', () => section.signIn('vhxh.cambinh'));
    await section.step('open plan 51 from Văn bản đến', async () => {
      await section.menu('Văn bản đến');
      await section.page
        .getByTestId('inbox-item')
        .first()
        .getByText('Kế hoạch số 51/KH-UBND')
        .click();
      await section.page.getByTestId('inbox-signature').getByText(SIGNED).waitFor();
    });
    await section.close();

    const officer = await apiAs(world.url, 'cambinh');
    const plan = await officer.get<Plan>(`/plans/${planId}`);
    expect(plan.numberText).toBe('51/KH-UBND');
    const receipts = await officer.get<Receipts>(`/plans/${planId}/receipts`);
    const received = (name: string) =>
      receipts.items.find((r) => r.unitName === name)?.acknowledgedAt ?? null;
    expect(received('Thành phố Cẩm Phả')).not.toBeNull();
    expect(received('Bộ phận Văn hóa - Xã hội phường Cẩm Bình')).not.toBeNull();
    expect(received('Ủy ban MTTQ phường Cẩm Bình')).toBeNull();
    await officer.dispose();
  });
});
