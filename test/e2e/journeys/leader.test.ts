import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../support/browser';
import { apiAs, startJourney, vnToday } from '../../support/journey';
import { startTestServer } from '../../support/test-server';
import { openedSoFar } from '../../support/teardown';
import { weeklyLoudspeakerDuty } from '../../support/factories';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;

const TITLE = 'Tuyên truyền bầu cử trưởng khu phố trên địa bàn phường Cẩm Bình';
const TASK = 'Phát file âm thanh tuyên truyền trên hệ thống loa truyền thanh phường';
const SECTION = 'Bộ phận Văn hóa - Xã hội phường Cẩm Bình';
let planId = '';

interface Plan {
  id: string;
  status: string;
  number: number | null;
  numberText: string | null;
  issuedOn: string | null;
}
interface Tasks {
  items: { title: string; assigneeName: string }[];
}

/** The ward's officer drafts and submits the plan the leader finds waiting. */
async function submittedPlan(): Promise<string> {
  const officer = await apiAs(server.url, 'cambinh');
  const me = await officer.get<{ unit: { id: string } }>('/me');
  const units = await officer.get<{ items: { id: string; name: string }[] }>('/units', {
    search: SECTION,
  });
  const section = units.items.find((u) => u.name === SECTION);
  const day = vnToday();
  const to = new Date(Date.parse(`${day}T00:00:00Z`) + 55 * 86_400_000).toISOString();
  const plan = await officer.post<Plan>('/plans', {
    unitId: me.unit.id,
    content: {
      title: TITLE,
      periodFrom: day,
      periodTo: to.slice(0, 10),
      signer: { authority: 'TM. ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: 'Nguyễn Công Bằng' },
      assignments: [
        {
          unitId: section?.id ?? null,
          unitName: 'Bộ phận Văn hóa - Xã hội',
          tasks: [weeklyLoudspeakerDuty(TASK)],
        },
      ],
    },
  });
  await officer.post(`/plans/${plan.id}/submit`, {});
  await officer.dispose();
  return plan.id;
}

const opened = openedSoFar();
beforeAll(async () => {
  // The demo's own test: a role's day in the seeds' own world, as a newcomer meets it.
  server = await opened.open(startTestServer({ demo: true }));
  browser = await opened.open(launchChromium());
  planId = await submittedPlan();
});
afterAll(() => opened.closeAll());

describe('the leader of Cẩm Bình', () => {
  it('finds the plan the officer submitted and issues it with the next number of the register', async () => {
    const j = await startJourney(browser, server.url, 'leader');
    const { page } = j;

    await j.step('sign in', () => j.signIn('lanhdao.cambinh'));

    await j.step('find the submitted plan', async () => {
      await j.menu('Kế hoạch');
      await page.getByTestId('plans-table').getByRole('link', { name: TITLE }).click();
      await page.getByTestId('plan-status').getByText('Chờ duyệt').waitFor();
    });

    await j.step('read it as printed', async () => {
      await page.getByTestId('plan-preview').getByText(TASK).first().waitFor();
    });

    await j.step('issue it', async () => {
      await page.getByTestId('plan-actions').getByRole('button', { name: 'Ban hành' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: 'Ban hành' }).click();
      await page.getByTestId('plan-status').getByText('Đã ban hành').waitFor();
    });

    const plan = await j.api.get<Plan>(`/plans/${planId}`);
    expect(plan.status).toBe('issued');
    expect(plan.number).toBeGreaterThan(0);
    expect(plan.numberText).toBe(`${String(plan.number).padStart(2, '0')}/KH-UBND`);
    expect(plan.issuedOn).toBe(vnToday());
    const tasks = await j.api.get<Tasks>('/tasks', { planId });
    expect(tasks.items.map((t) => t.assigneeName)).toEqual([SECTION]);
    await j.close();
  });
});
