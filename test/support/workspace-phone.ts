import type { Page } from 'playwright-core';

/** Whether the document scrolls sideways: a page that does not fit the phone's width. */
export function overflowsSideways(page: Page): Promise<boolean> {
  return page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1,
  );
}

/**
 * Table cells and list lines cut short with "…": the text is wider than its box and the box hides
 * the rest, so a phone user cannot read it.
 */
export function truncatedCells(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cut: string[] = [];
    for (const el of document.querySelectorAll('td, td *, .ant-list-item *, .ant-card *')) {
      if (!(el instanceof HTMLElement) || el.getClientRects().length === 0) continue;
      const style = getComputedStyle(el);
      if (style.textOverflow !== 'ellipsis' || el.scrollWidth <= el.clientWidth + 1) continue;
      if (el.closest('.ant-select, .ant-picker, .ant-tag, .ant-tabs-nav')) continue;
      cut.push(el.textContent.trim().slice(0, 60));
    }
    return [...new Set(cut)];
  });
}
