import { onTestFailed } from 'vitest';
import type { Page } from 'playwright-core';

/** What the browser saw go wrong on a page, for a failed test to say why and not only where. */
export interface Troubles {
  /** Page errors, answers of 400 or more and failed requests, in order. */
  readonly seen: string[];
  /** What went wrong since `from` (an index into `seen`), requests still waiting, messages and dialogs on screen. */
  tell(from?: number): Promise<string[]>;
}

export function watchTroubles(page: Page): Troubles {
  const seen: string[] = [];
  const pending = new Map<object, string>();
  const started = Date.now();
  page.on('pageerror', (e) => seen.push(`page error: ${e.message}`));
  page.on('request', (req) =>
    pending.set(req, `${req.method()} ${req.url()} (sent at ${Date.now() - started} ms)`),
  );
  page.on('response', (res) => {
    pending.delete(res.request());
    if (res.status() >= 400) seen.push(`${res.request().method()} ${res.url()} → ${res.status()}`);
  });
  page.on('requestfailed', (req) => {
    pending.delete(req);
    seen.push(`${req.method()} ${req.url()} failed: ${req.failure()?.errorText ?? ''}`);
  });
  return {
    seen,
    async tell(from = 0) {
      const said = await page
        .locator('.ant-message-notice, .ant-notification-notice, .ant-alert-error')
        .allInnerTexts()
        .catch(() => []);
      const dialogs = await page
        .locator('.ant-modal-title:visible, .ant-modal-confirm-title:visible')
        .allInnerTexts()
        .catch(() => []);
      return [
        ...seen.slice(from),
        ...[...pending.values()].map((r) => `still waiting: ${r}`),
        ...said.map((m) => `on screen: ${m}`),
        ...dialogs.map((d) => `dialog open: ${d}`),
      ];
    },
  };
}

/**
 * Reports the page's troubles with the test if it fails, as one more error in its result (the CI
 * log's summary then carries them). Outside a running test (a beforeAll) it does nothing.
 */
export function tellTroublesOnFailure(page: Page, troubles: Troubles): void {
  try {
    onTestFailed(async () => {
      if (page.isClosed()) return;
      const lines = await troubles.tell();
      if (lines.length) throw new Error(`What the browser saw:\n${lines.join('\n')}`);
    });
  } catch {
    // Not inside a test: there is no result to add to.
  }
}
