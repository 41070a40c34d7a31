// antd's styles reach the browser as CSS files made at build time (scripts/vite-antd-styles.ts),
// one per style hook, beside the code that uses it. What a page shows of that, for the crawl of
// every route (test/e2e/workspace-words.test.ts).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
/** Every rule antd has, for every component: the reference of what a class should get. */
const ANTD_CSS = readFileSync(require.resolve('antd/dist/antd.css'), 'utf8');

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
export async function runtimeRules(page: Page): Promise<string[]> {
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

/**
 * The antd classes on the page that antd's complete stylesheet styles but none of the page's
 * stylesheets does: a component whose CSS went missing from the build.
 */
export async function unstyledAntdClasses(page: Page): Promise<string[]> {
  const { classes, css } = await classesAndRules(page);
  return classes.filter((c) => namesClass(ANTD_CSS, c) && !namesClass(css, c));
}
