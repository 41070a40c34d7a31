import { describe, expect, it } from 'vitest';
import { type Page } from 'playwright-core';
import { deviceStatus } from '../../src/domain/broadcasts/device';
import { createSlot } from '../../src/domain/broadcasts/slots';
import { acknowledgeContent } from '../../src/domain/content/acknowledge-content';
import { distributeContent } from '../../src/domain/content/distribute-content';
import type { Deps } from '../../src/domain/deps';
import { addDays } from '../../src/domain/shared/calendar';
import { civilDate } from '../../src/domain/shared/dates';
import type { Unit } from '../../src/domain/units/unit';
import { signedInPage as openSignedIn } from '../support/browser';
import {
  actorOf,
  buildClaim,
  buildContent,
  buildStation,
  buildTree,
  buildUnit,
  buildUser,
  type BuiltTree,
} from '../support/factories';
import { builtWorld } from '../support/journey';

// A district's audio bulletin sent down to its ward, and by the province to a ward of another
// district, which has already acknowledged it; the ward's loudspeaker cluster plays it weekly.
const world = builtWorld(async (deps) => {
  const tree = await buildTree(deps);
  const otherDistrict = await buildUnit(deps, {
    parent: tree.province,
    name: 'Thành phố Bình Sơn',
    kind: 'district',
  });
  const otherWard = await buildUnit(deps, {
    parent: otherDistrict,
    name: 'Phường Hà Lầm',
    kind: 'commune',
  });
  const otherOfficer = await buildUser(deps, otherWard, { role: 'officer' });
  const as = (level: 'province' | 'district' | 'commune') =>
    actorOf(tree.users[level].officer, tree[level]);
  const audio = await buildContent(deps, tree.district, {
    kind: 'audio',
    status: 'approved',
    title: 'Bản tin phát thanh về ngày bầu cử',
    author: tree.users.district.officer,
  });
  await distributeContent(deps, as('district'), audio.id, {
    unitIds: [tree.commune.id],
    includeSubtree: false,
  });
  await distributeContent(deps, as('province'), audio.id, {
    unitIds: [otherWard.id],
    includeSubtree: false,
  });
  await acknowledgeContent(deps, actorOf(otherOfficer, otherWard), audio.id, {});
  const stations = await stationsOf(deps, tree, audio.id);
  await sameRumourInTwoWards(deps, tree, otherWard);
  return { tree, otherWard, audioTitle: audio.title, ...stations };
});

/**
 * The ward's loudspeaker cluster, which calls in and plays the bulletin at 06:30 and 17:00 on
 * Mondays, Wednesdays and Fridays, and its radio, whose controller has never called in.
 */
async function stationsOf(deps: Deps, tree: BuiltTree, audioId: string) {
  const officer = tree.users.commune.officer;
  const cluster = await buildStation(deps, tree.commune, {
    name: 'Cụm loa khu phố 1',
    zones: ['Khu phố 1'],
    author: officer,
  });
  await deviceStatus(deps, cluster.station, {
    ok: true,
    message: null,
    volume: 80,
    firmware: null,
  });
  const radio = await buildStation(deps, tree.commune, {
    name: `Đài truyền thanh ${tree.commune.name}`,
    kind: 'radio',
    zones: ['Toàn phường'],
    author: officer,
  });
  const today = civilDate(deps.clock.now());
  await createSlot(deps, actorOf(officer, tree.commune), {
    contentId: audioId,
    stationIds: [cluster.station.id],
    priority: 'normal',
    repeat: 'weekly',
    startDate: today,
    endDate: addDays(today, 12 * 7),
    times: ['06:30', '17:00'],
    weekdays: [1, 3, 5],
  });
  return { cluster: cluster.station.name, radio: radio.station.name };
}

/** One rumour the province's desk logs as seen in the tree's ward and in the other ward: one case. */
async function sameRumourInTwoWards(deps: Deps, tree: BuiltTree, otherWard: Unit) {
  const author = tree.users.province.officer;
  const text = 'Bầu cử Trưởng khu phố bị hoãn đến tháng sau, cử tri không cần đi bầu';
  await buildClaim(deps, tree.commune, { author, text });
  await buildClaim(deps, otherWard, { author, text: `Nghe nói ${text.toLowerCase()}` });
}

const signedInPage = (username: string, viewport = { width: 1280, height: 800 }): Promise<Page> =>
  openSignedIn(world.browser, world.url, username, { viewport, timeout: 60_000 });

describe('content and broadcasts in the workspace', () => {
  it('the district sees that its ward has not acknowledged the audio; the ward acknowledges it; the district sees it', async () => {
    const { tree, otherWard, audioTitle } = world.built;
    const campha = await signedInPage(tree.users.district.officer.username);
    await campha.goto(`${world.url}/app/content`);
    await campha.getByText(audioTitle).first().click();
    const recipients = campha.getByTestId('recipients');
    await recipients.getByText(tree.commune.name).waitFor();
    await recipients.getByText('Chưa xác nhận', { exact: true }).waitFor();
    // The other ward received it from the province: outside the district, so not listed here.
    expect(await recipients.getByText(otherWard.name).count()).toBe(0);
    await campha.screenshot({ path: '/tmp/loa-content-campha.png' });

    const cambinh = await signedInPage(tree.users.commune.officer.username, {
      width: 360,
      height: 740,
    });
    await cambinh.goto(`${world.url}/app/content`);
    await cambinh.getByText('Chưa xác nhận nhận').first().waitFor();
    await cambinh.getByText(audioTitle).first().click();
    await cambinh.getByTestId('content-detail').getByRole('button', { name: 'Đã nhận' }).click();
    await cambinh.getByText('Đã xác nhận nhận tài liệu.').waitFor();
    await cambinh.screenshot({ path: '/tmp/loa-content-cambinh-360.png' });

    await campha.reload();
    await campha
      .getByTestId('recipients')
      .getByText(/^Đã nhận \d{2}\/\d{2}\/\d{4}$/)
      .waitFor();
    await campha.getByTestId('recipients').getByText('1/1 đơn vị đã nhận').waitFor();
  });

  it("the schedule week view shows the weekly slot on the ward's cluster", async () => {
    const { tree, audioTitle, cluster, radio } = world.built;
    const page = await signedInPage(tree.users.commune.officer.username);
    await page.goto(`${world.url}/app/broadcasts`);
    await page.getByTestId('next-week').click();
    const week = page.getByTestId('week-view');
    await week.getByText('06:30').first().waitFor();
    // Two times on three days of the week.
    expect(await week.getByText(audioTitle).count()).toBe(6);
    expect(await week.getByText(cluster).count()).toBe(6);
    await page.screenshot({ path: '/tmp/loa-week.png', fullPage: true });
    await page.getByRole('tab', { name: 'Đài, cụm loa' }).click();
    // The radio has never called in; the cluster has.
    await page
      .getByText(`1 đài/cụm loa không liên lạc trong 24 giờ qua: ${radio}`, { exact: true })
      .waitFor();
  });

  it('the claims desk lists the claims with their case', async () => {
    const page = await signedInPage(world.built.tree.users.province.officer.username);
    await page.goto(`${world.url}/app/claims`);
    await page.getByText('2 nơi').first().waitFor();
    await page.screenshot({ path: '/tmp/loa-claims.png', fullPage: true });
  });
});
