import { describe, expect, it } from 'vitest';
import { type Page } from 'playwright-core';
import { signedInPage as openSignedIn } from '../support/browser';
import { buildElection, buildPolling, buildTree, buildUnit } from '../support/factories';
import { builtWorld } from '../support/journey';

// The elections pages of the workspace, in Chromium: a ward's khu phố election, weeks ahead, with
// a district for each khu phố.
const world = builtWorld(async (deps) => {
  const tree = await buildTree(deps);
  const second = await buildUnit(deps, {
    parent: tree.commune,
    name: 'Khu phố 2',
    kind: 'village',
  });
  const { election } = await buildElection(deps, tree.commune, {
    name: `Bầu cử Trưởng khu phố ${tree.commune.name}`,
  });
  await buildPolling(
    deps,
    election,
    [tree.village, second].map((village) => ({
      district: `${village.name} — ${tree.commune.name}`,
      name: `Nhà văn hóa ${village.name}`,
      address: `Nhà văn hóa ${village.name}, ${tree.commune.name}`,
      commune: tree.commune,
      villages: [village],
    })),
  );
  return { officer: tree.users.commune.officer.username, election };
});

const signedInPage = (username: string): Promise<Page> =>
  openSignedIn(world.browser, world.url, username, { viewport: { width: 1280, height: 900 } });

describe('elections (an officer of the ward)', () => {
  it('lists the elections, shows milestones with their status, and takes no count before election day', async () => {
    const { officer, election } = world.built;
    const page = await signedInPage(officer);
    await page.goto(`${world.url}/app/elections`);
    await page.getByRole('link', { name: election.name }).click();
    await page.getByRole('tab', { name: 'Mốc thời gian' }).waitFor();
    await page.getByText('Sắp tới').first().waitFor();
    await page.getByRole('tab', { name: 'Kết quả' }).click();
    const [y, m, d] = election.electionDay.split('-');
    await page
      .getByText(`Kết quả nhập được từ ngày bầu cử ${d}/${m}/${y}.`, { exact: true })
      .waitFor();
    const enter = page.getByRole('button', { name: 'Nhập kết quả' });
    expect(await enter.count()).toBe(2);
    for (const button of await enter.all()) expect(await button.isDisabled()).toBe(true);
    await page.context().close();
  });
});
