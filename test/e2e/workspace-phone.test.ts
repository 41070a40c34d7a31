import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startTestServer } from '../support/test-server';
import { launchChromium, signedInPage } from '../support/browser';
import { crawlWorkspace } from '../support/workspace-crawl';
import { overflowsSideways, truncatedCells } from '../support/workspace-phone';
import { openedSoFar } from '../support/teardown';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;

const opened = openedSoFar();
beforeAll(async () => {
  // The demo's own test: a newcomer's phone on every page the demo fills after `npm start`.
  server = await opened.open(startTestServer({ demo: true }));
  browser = await opened.open(launchChromium());
});

afterAll(() => opened.closeAll());

describe('every workspace page works on a 360 px phone', () => {
  for (const username of ['cambinh', 'campha'])
    it(`scrolls no page sideways and cuts no cell to "…" (${username})`, async () => {
      const page = await signedInPage(browser, server.url, username, {
        viewport: { width: 360, height: 740 },
      });
      const problems: Record<string, string[]> = {};
      await crawlWorkspace(page, server.url, async (path) => {
        const found = [
          ...((await overflowsSideways(page)) ? ['the page scrolls sideways'] : []),
          ...(await truncatedCells(page)).map((c) => `cut to "…": ${c}`),
        ];
        if (found.length) problems[path] = found;
      });
      expect(problems).toEqual({});
      await page.context().close();
    }, 600_000);
});
