// antd's styles reach the browser as CSS files made at build time (scripts/vite-antd-styles.ts),
// one per style hook, beside the code that uses it. Walks every route of the workspace and checks
// that each antd class drawn there is styled by the page's own stylesheets whenever antd's complete
// stylesheet styles it, so a component whose CSS went missing from the build is caught; and that
// antd wrote no style rules of its own while the page ran (only the theme's variables).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestServer } from '../support/test-server';
import { launchChromium, signedInPage } from '../support/browser';
import { crawlWorkspace, workspaceRoutes } from '../support/workspace-crawl';

const require = createRequire(import.meta.url);
/** Every rule antd has, for every component: the reference of what a class should get. */
const ANTD_CSS = readFileSync(require.resolve('antd/dist/antd.css'), 'utf8');

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer({ demo: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Whether CSS text names `.cls` as a class (not as the start of a longer one). */
function namesClass(css: string, cls: string): boolean {
  const token = `.${cls}`;
  for (let at = css.indexOf(token); at >= 0; at = css.indexOf(token, at + 1)) {
    const next = css.charAt(at + token.length);
    if (!/[\w-]/.test(next)) return true;
  }
  return false;
}

/** The antd classes on the page, and the text of every rule its stylesheets hold. */
async function classesAndRules(page: Page): Promise<{ classes: string[]; css: string }> {
  return page.evaluate(() => {
    const classes = new Set<string>();
    for (const el of Array.from(document.querySelectorAll('[class*="ant-"]')))
      for (const c of Array.from(el.classList)) if (c.startsWith('ant-')) classes.add(c);
    let css = '';
    for (const sheet of Array.from(document.styleSheets))
      for (const rule of Array.from(sheet.cssRules)) css += rule.cssText;
    return { classes: [...classes], css };
  });
}

/**
 * Rules for antd's components (a selector naming an `.ant-` class) in <style> elements written
 * while the page ran. The theme's variables, the icon package's small sheet of `.anticon` and the
 * scroll lock of an open dialog (`html body`) are written at run time, as they always were.
 */
async function runtimeRules(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const walk = (rules: CSSRuleList) => {
      for (const rule of Array.from(rules)) {
        if (rule instanceof CSSStyleRule) {
          const props = Array.from(rule.style);
          if (rule.selectorText.includes('.ant-') && props.some((p) => !p.startsWith('--')))
            found.push(rule.selectorText);
        } else if (rule instanceof CSSGroupingRule) walk(rule.cssRules);
      }
    };
    for (const el of Array.from(document.querySelectorAll('style')))
      if (el.sheet) walk(el.sheet.cssRules);
    return found.slice(0, 10);
  });
}

describe('antd styles come from the build', () => {
  it('styles every antd class on every route, and antd writes no rules while the page runs', async () => {
    const unstyled: Record<string, string[]> = {};
    const written: Record<string, string[]> = {};
    const covered = new Set<string>();
    // The administrator and a ward officer between them open every route.
    for (const username of ['admin', 'cambinh']) {
      const page = await signedInPage(browser, server.url, username);
      const routes = await crawlWorkspace(page, server.url, async (path) => {
        const { classes, css } = await classesAndRules(page);
        const missing = classes.filter((c) => namesClass(ANTD_CSS, c) && !namesClass(css, c));
        if (missing.length) unstyled[`${username} ${path}`] = missing;
        const rules = await runtimeRules(page);
        if (rules.length) written[`${username} ${path}`] = rules;
      });
      for (const r of routes) covered.add(r);
      await page.context().close();
    }
    expect(unstyled).toEqual({});
    expect(written).toEqual({});
    const all = workspaceRoutes().map((r) => (r === '/' ? '' : r));
    expect(all.filter((r) => !covered.has(r))).toEqual([]);
  }, 600_000);

  it('draws the sign-in page with antd’s look before anyone signs in', async () => {
    const context = await browser.newContext({ locale: 'vi-VN' });
    const page = await context.newPage();
    await page.goto(`${server.url}/app/login`);
    const button = page.getByRole('button', { name: 'Đăng nhập' });
    await button.waitFor();
    // The theme's primary colour on antd's primary button: both the CSS file and the variables.
    expect(await button.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe(
      'rgb(21, 88, 176)',
    );
    expect(await runtimeRules(page)).toEqual([]);
    await context.close();
  });
});
