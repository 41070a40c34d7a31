import { describe, expect, it } from 'vitest';
import { signedInPage } from '../support/browser';
import { buildUnit, buildUser } from '../support/factories';
import { builtWorld } from '../support/journey';

// The plan editor's assignment to "all units of a kind below", in Chromium.
const UUID = '[0-9a-f-]{36}';
const WAIT = { timeout: 60_000 };

// A ward with three khu phố and a department (not of that kind), beside another ward whose khu
// phố is of the kind but not below: only the ward's own three may get the tasks.
const world = builtWorld(async (deps) => {
  const province = await buildUnit(deps, { name: 'Tỉnh thử', kind: 'province' });
  const city = await buildUnit(deps, { parent: province, name: 'Thành phố thử', kind: 'district' });
  const ward = await buildUnit(deps, { parent: city, name: 'Phường Bình Minh', kind: 'commune' });
  for (const n of [1, 2, 3])
    await buildUnit(deps, { parent: ward, name: `Khu phố ${n}`, kind: 'village' });
  await buildUnit(deps, { parent: ward, name: 'Bộ phận Văn hóa - Xã hội', kind: 'agency' });
  const otherWard = await buildUnit(deps, { parent: city, name: 'Phường Hà Lầm', kind: 'commune' });
  await buildUnit(deps, { parent: otherWard, name: 'Khu phố 9', kind: 'village' });
  return buildUser(deps, ward, { username: 'canbo.binhminh', role: 'officer' });
});

describe('assigning a heading to every khu phố (an officer of a ward)', () => {
  it('says which units will get the tasks before the plan is issued', async () => {
    const page = await signedInPage(world.browser, world.url, world.built.username, {
      viewport: { width: 1280, height: 900 },
    });
    await page.goto(`${world.url}/app/plans`);
    await page.getByRole('button', { name: 'Tạo kế hoạch' }).click();
    await page.waitForURL(new RegExp(`/app/plans/${UUID}$`));
    await page.getByRole('button', { name: 'Thêm đơn vị thực hiện' }).click();
    const block = page.getByTestId('plan-assignment').first();
    const preview = block.getByTestId('assignment-preview');
    expect(await preview.textContent()).toContain('Chưa chọn đơn vị nào trong Loa');

    await block.getByTestId('assignment-all-of-kind').click();
    await page.getByTitle('Thôn/Khu phố/Tổ dân phố', { exact: true }).click();
    await expect
      .poll(() => preview.textContent(), WAIT)
      .toMatch(/^Sẽ giao cho 3 đơn vị: Khu phố 1, Khu phố 2, Khu phố 3$/);
    await page.context().close();
  });
});
