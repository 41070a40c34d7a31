import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestServer } from '../support/test-server';
import { runtimeRules, unstyledAntdClasses } from '../support/antd-styles';
import { launchChromium, signedInPage } from '../support/browser';
import {
  crawlWorkspace,
  findForeignText,
  visibleWords,
  workspaceRoutes,
} from '../support/workspace-crawl';
import { openedSoFar } from '../support/teardown';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
const covered = new Set<string>();

const opened = openedSoFar();
beforeAll(async () => {
  // The demo's own test: it reads every page as a newcomer finds it after `npm start` on the demo.
  server = await opened.open(startTestServer({ demo: true }));
  browser = await opened.open(launchChromium());
});

afterAll(() => opened.closeAll());

/** Serious and critical accessibility violations of the page, with where they are. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

// A ward officer, a city officer, a ward leader and the administrator, on the demo world.
const ROLES = ['cambinh', 'campha', 'lanhdao.cambinh', 'admin'];

describe('every workspace page speaks Vietnamese, is accessible and has antd’s styles', () => {
  for (const username of ROLES)
    it(`shows no English word or raw code, axe finds nothing serious, every antd class is styled from the build and antd writes no rules while the page runs (${username})`, async () => {
      const page = await signedInPage(browser, server.url, username);
      const problems: Record<string, string[]> = {};
      const unstyled: Record<string, string[]> = {};
      const written: Record<string, string[]> = {};
      const routes = await crawlWorkspace(page, server.url, async (path) => {
        const found = [
          ...findForeignText(await visibleWords(page)),
          ...(await seriousViolations(page)).map((v) => `axe ${v}`),
        ];
        if (found.length) problems[path] = found;
        const missing = await unstyledAntdClasses(page);
        if (missing.length) unstyled[path] = missing;
        const rules = await runtimeRules(page);
        if (rules.length) written[path] = rules;
      });
      for (const r of routes) covered.add(r);
      expect(problems).toEqual({});
      expect(unstyled).toEqual({});
      expect(written).toEqual({});
      await page.context().close();
    }, 600_000);

  it('has crawled every route of the workspace’s router', () => {
    const all = workspaceRoutes().map((r) => (r === '/' ? '' : r));
    expect(all.filter((r) => !covered.has(r))).toEqual([]);
  });
});
