import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import {
  type APIRequestContext,
  type APIResponse,
  type Browser,
  type Locator,
  type Page,
} from 'playwright-core';
import type { Deps } from '../../src/domain/deps';
import { apiSignedIn, launchChromium, WORKSPACE_CONTEXT } from './browser';
import { watchTroubles } from './browser-troubles';
import { startTestServer } from './test-server';

/**
 * The demo server and Chromium a journey file runs on: started before its tests, closed after.
 * Read `url` and `browser` inside a test (they exist once the hooks have run).
 */
export function demoWorld(): { readonly url: string; readonly browser: Browser } {
  return browserWorld(null);
}

/**
 * A server on a database holding only what `build` makes (through the factories), and Chromium:
 * started before the file's tests, closed after. `built` is what `build` returned.
 */
export function builtWorld<W>(build: (deps: Deps) => Promise<W>): {
  readonly url: string;
  readonly browser: Browser;
  readonly built: W;
} {
  let made: { value: W } | undefined;
  const world = browserWorld(async (deps) => {
    made = { value: await build(deps) };
  });
  return {
    get url() {
      return world.url;
    },
    get browser() {
      return world.browser;
    },
    get built() {
      if (!made) throw new Error('the world is not built yet');
      return made.value;
    },
  };
}

function browserWorld(build: ((deps: Deps) => Promise<void>) | null): {
  readonly url: string;
  readonly browser: Browser;
} {
  let server: Awaited<ReturnType<typeof startTestServer>> | undefined;
  let chromium: Browser | undefined;
  beforeAll(async () => {
    server = await startTestServer(
      build ? { demo: false, prepare: (_database, deps) => build(deps) } : { demo: true },
    );
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });
  return {
    get url() {
      if (!server) throw new Error('the demo server is not started yet');
      return server.url;
    },
    get browser() {
      if (!chromium) throw new Error('Chromium is not started yet');
      return chromium;
    },
  };
}

// A role's working day in the browser, as test/e2e/journeys/<role>.test.ts tells it: sign in
// through the login form, go by the menu (or a shareable URL), do the work in named steps, each
// leaving `NN-<step>.png` for review, and end by reading the resulting state through the API.

/** Where each journey leaves its screenshots for review: `test-results/journeys/<role>/`. */
export const JOURNEY_SHOTS = join(process.cwd(), 'test-results', 'journeys');

export const DESKTOP = { width: 1366, height: 800 };
export const PHONE = { width: 360, height: 740 };

export interface JourneyOptions {
  viewport?: { width: number; height: number };
  /** false for a voter's phone that runs no script. */
  javaScriptEnabled?: boolean;
}

/** The API as the journey's user: the same cookies as the browser, JSON in and out. */
export interface JourneyApi {
  get<T>(path: string, query?: Record<string, string>): Promise<T>;
  post<T>(path: string, body: unknown): Promise<T>;
}

export interface Journey {
  page: Page;
  api: JourneyApi;
  /** Runs one step of the day, then saves `NN-<name>.png` whether it passed or not. */
  step(name: string, fn: () => Promise<void>): Promise<void>;
  /** Signs in through the login form, as a person does, and waits for the workspace menu. */
  signIn(username: string, password?: string): Promise<void>;
  /** Opens a workspace page by its entry in the main menu (the drawer on a phone). */
  menu(label: string): Promise<void>;
  close(): Promise<void>;
}

const slug = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

async function json<T>(res: APIResponse, what: string): Promise<T> {
  if (!res.ok()) throw new Error(`${what}: ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
}

function apiOf(http: APIRequestContext, baseUrl: string): JourneyApi {
  const url = (path: string) => `${baseUrl}/api/v1${path}`;
  return {
    get: async <T>(path: string, query?: Record<string, string>) =>
      json<T>(await http.get(url(path), { params: query }), `GET ${path}`),
    post: async <T>(path: string, body: unknown) =>
      json<T>(await http.post(url(path), { data: body }), `POST ${path}`),
  };
}

/**
 * The API as another user, for a journey whose own user has no account (a voter) or to check what
 * a second role sees; `dispose` ends it.
 */
export async function apiAs(
  baseUrl: string,
  username: string,
): Promise<JourneyApi & { dispose(): Promise<void> }> {
  const http = await apiSignedIn(baseUrl, username);
  return { ...apiOf(http, baseUrl), dispose: () => http.dispose() };
}

/** A fresh browser context for one role's day; its screenshots start from an empty folder. */
export async function startJourney(
  browser: Browser,
  baseUrl: string,
  role: string,
  opts: JourneyOptions = {},
): Promise<Journey> {
  const dir = join(JOURNEY_SHOTS, role);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const context = await browser.newContext({
    ...WORKSPACE_CONTEXT,
    viewport: opts.viewport ?? DESKTOP,
    javaScriptEnabled: opts.javaScriptEnabled ?? true,
  });
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  // What the browser saw go wrong, told with a failed step: a CI log then says why, not only where.
  const troubles = watchTroubles(page);
  let count = 0;
  const journey: Journey = {
    page,
    api: apiOf(page.request, baseUrl),
    async step(name, fn) {
      count += 1;
      const file = join(dir, `${String(count).padStart(2, '0')}-${slug(name)}.png`);
      const seen = troubles.seen.length;
      try {
        await fn();
      } catch (e) {
        const extra = await troubles.tell(seen);
        if (e instanceof Error && extra.length) e.message += `\n${extra.join('\n')}`;
        throw e;
      } finally {
        await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
      }
    },
    async signIn(username, password = 'demo1234') {
      await page.goto(`${baseUrl}/app/login`);
      await page.getByLabel('Tên đăng nhập').fill(username);
      await page.getByLabel('Mật khẩu').fill(password);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.getByRole('button', { name: 'Mở menu' }).or(mainMenu(page)).first().waitFor();
    },
    async menu(label) {
      const toggle = page.getByTestId('menu-toggle');
      if (await toggle.isVisible()) await toggle.click();
      await mainMenu(page).getByRole('menuitem', { name: label }).click();
    },
    close: () => context.close(),
  };
  return journey;
}

const mainMenu = (page: Page): Locator => page.getByRole('navigation', { name: 'Menu chính' });

/** Picks `option` in an antd Select found by its accessible name (label or aria-label). */
export async function chooseOption(scope: Page | Locator, label: string, option: string) {
  const page = 'page' in scope ? scope.page() : scope;
  const select = scope.getByRole('combobox', { name: label });
  await select.click();
  // A select without search has a read-only input: typing there would wait out the timeout.
  if (await select.isEditable()) await select.fill(option);
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: option })
    .first()
    .click();
}

/** Types a date (dd/MM/yyyy, with " HH:mm" for a date and time) into an antd DatePicker. */
export async function typeDate(scope: Page | Locator, label: string, value: string) {
  const page = 'page' in scope ? scope.page() : scope;
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(value);
  const ok = page.locator('.ant-picker-dropdown:visible .ant-picker-ok button');
  if (await ok.isVisible()) await ok.click();
  else await input.press('Enter');
  await expect.poll(() => input.inputValue()).toBe(value);
}

/** Today's civil date in Vietnam, as the API writes dates (YYYY-MM-DD). */
export const vnToday = (): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());

/** The password of accounts a journey adds: long enough and hard enough to guess for the app. */
export const JOURNEY_PASSWORD = 'Hanh-trinh-cua-can-bo-2026';

/**
 * Adds an account the demo does not have (a section's officer, a city's leader) through the API
 * as the administrator, for the unit named exactly `unitName`.
 */
export async function addAccount(
  baseUrl: string,
  account: { username: string; displayName: string; role: 'officer' | 'leader'; unitName: string },
): Promise<void> {
  const admin = await apiAs(baseUrl, 'admin');
  const units = await admin.get<{ items: { id: string; name: string }[] }>('/units', {
    search: account.unitName,
  });
  const unit = units.items.find((u) => u.name === account.unitName);
  if (!unit) throw new Error(`no unit named ${account.unitName}`);
  const { unitName: _, ...rest } = account;
  await admin.post('/users', { ...rest, unitId: unit.id, password: JOURNEY_PASSWORD });
  await admin.dispose();
}

/** A civil date `days` after `iso` (YYYY-MM-DD), as dd/MM/yyyy for a date picker. */
export function pickerDate(iso: string, days = 0): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  const [y, m, day] = d.toISOString().slice(0, 10).split('-');
  return `${day ?? ''}/${m ?? ''}/${y ?? ''}`;
}
