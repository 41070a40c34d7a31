import { expect } from 'vitest';
import {
  chromium,
  request,
  type APIRequestContext,
  type APIResponse,
  type Browser,
  type Locator,
  type Page,
} from 'playwright-core';
import { tellTroublesOnFailure, watchTroubles } from './browser-troubles';

/**
 * Debian's Chromium, headless, with the background traffic this closed network refuses turned off.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });

/**
 * How the workspace's tests open a browser: in Vietnam, in Vietnamese, asking for less motion. The
 * workspace then draws its dialogs and lists without zooming in (as it does for a user who asks), so
 * a click never aims at a button that is still growing and lands beside it.
 */
export const WORKSPACE_CONTEXT = {
  locale: 'vi-VN',
  timezoneId: 'Asia/Ho_Chi_Minh',
  reducedMotion: 'reduce',
} as const;

export interface PageOptions {
  viewport?: { width: number; height: number };
  timeout?: number;
  acceptDownloads?: boolean;
}

/** A page of a fresh context signed in through the API, so the session cookie lands in the browser. */
export async function signedInPage(
  browser: Browser,
  baseUrl: string,
  username: string,
  opts: PageOptions = {},
): Promise<Page> {
  const context = await browser.newContext({
    ...WORKSPACE_CONTEXT,
    viewport: opts.viewport ?? { width: 1280, height: 800 },
    acceptDownloads: opts.acceptDownloads ?? false,
  });
  context.setDefaultTimeout(opts.timeout ?? 60_000);
  const page = await context.newPage();
  tellTroublesOnFailure(page, watchTroubles(page));
  await signIn(page.request, baseUrl, username);
  return page;
}

/**
 * The one way a browser test signs in: through the API, with the demo password, in the request
 * context given (a page's, whose cookie the page then carries, or one of its own).
 */
export async function signIn(
  api: APIRequestContext,
  baseUrl: string,
  username: string,
  password = 'demo1234',
): Promise<APIResponse> {
  const res = await api.post(`${baseUrl}/api/v1/auth/login`, { data: { username, password } });
  expect(res.status(), `sign in ${username}`).toBe(200);
  return res;
}

/** A request context of its own signed in as `username` (the API as another role); dispose it. */
export async function apiSignedIn(baseUrl: string, username: string): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL: baseUrl });
  await signIn(api, baseUrl, username);
  return api;
}

/** Clicks an option of the open antd select (its listbox roles are for screen readers only). */
export const pickOption = (page: Page, text: RegExp): Promise<void> =>
  page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: text })
    .click();

/** The cell texts of a table's body rows. */
export const tableRows = (table: Locator): Promise<string[][]> =>
  table
    .locator('tbody tr.ant-table-row')
    .evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent.trim())),
    );
