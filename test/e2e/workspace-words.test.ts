import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestServer } from '../support/test-server';
import { launchChromium, signedInPage } from '../support/browser';
import {
  crawlWorkspace,
  findForeignText,
  visibleWords,
  workspaceRoutes,
} from '../support/workspace-crawl';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
const covered = new Set<string>();

beforeAll(async () => {
  server = await startTestServer({ demo: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Serious and critical accessibility violations of the page, with where they are. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

// A ward officer, a city officer, a ward leader and the administrator, on the demo world.
const ROLES = ['cambinh', 'campha', 'lanhdao.cambinh', 'admin'];

describe('every workspace page speaks Vietnamese and is accessible', () => {
  for (const username of ROLES)
    it(`shows no English word or raw code, and axe finds nothing serious (${username})`, async () => {
      const page = await signedInPage(browser, server.url, username);
      const problems: Record<string, string[]> = {};
      const routes = await crawlWorkspace(page, server.url, async (path) => {
        const found = [
          ...findForeignText(await visibleWords(page)),
          ...(await seriousViolations(page)).map((v) => `axe ${v}`),
        ];
        if (found.length) problems[path] = found;
      });
      for (const r of routes) covered.add(r);
      expect(problems).toEqual({});
      await page.context().close();
    }, 600_000);

  it('has crawled every route of the workspace’s router', () => {
    const all = workspaceRoutes().map((r) => (r === '/' ? '' : r));
    expect(all.filter((r) => !covered.has(r))).toEqual([]);
  });
});
