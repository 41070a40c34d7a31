import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/**
 * Every route of the workspace's router (src/web/App.tsx), read from its source so that a page
 * added there is crawled without anyone remembering to list it here.
 */
export function workspaceRoutes(): string[] {
  const source = readFileSync(new URL('../../src/web/App.tsx', import.meta.url), 'utf8');
  const paths = [...source.matchAll(/path: '([^']*)'/g)].map((m) => m[1] ?? '');
  return [...new Set(paths)].filter((p) => p !== '*' && p !== '/login');
}

/** `/app/plans/<uuid>` answers the route `plans/:id`. */
export function routeOf(pathname: string): string | null {
  const rest = pathname.replace(/^\/app\/?/, '');
  const routes = workspaceRoutes().map((r) => (r === '/' ? '' : r));
  if (routes.includes(rest)) return rest;
  const withId = rest.replace(/\/[0-9a-f-]{36}$/, '/:id');
  return routes.includes(withId) ? withId : null;
}

/** The text a user sees, and the words a screen reader or tooltip says, of the visible page. */
// A string, so the bundler that runs the tests adds nothing to it before it reaches the browser.
const VISIBLE_WORDS = `(() => {
  const shown = (el) => {
    const style = getComputedStyle(el);
    return el.getClientRects().length > 0 && style.visibility !== 'hidden' &&
      !el.closest('[aria-hidden="true"]');
  };
  const lines = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    const text = (n.textContent || '').trim();
    if (!parent || !text || ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(parent.tagName)) continue;
    if (shown(parent)) lines.push(text);
  }
  for (const el of document.querySelectorAll('[title],[aria-label],[placeholder]')) {
    // An antd icon is named after its glyph ("bell"); the button around it carries the label.
    if (el.classList.contains('anticon') || !shown(el)) continue;
    for (const a of ['title', 'aria-label', 'placeholder']) {
      const v = el.getAttribute(a);
      if (v) lines.push(v);
    }
  }
  for (const input of document.querySelectorAll('input:not([type=hidden]), textarea')) {
    if (input.value && shown(input)) lines.push(input.value);
  }
  return lines;
})()`;

/** The text a user sees, and the words a screen reader or tooltip says, of the visible page. */
export function visibleWords(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(VISIBLE_WORDS);
}

/** English words a Vietnamese screen must never show (none of them is a Vietnamese syllable). */
export const ENGLISH_WORDS = new Set(
  `about account action actions active activity add added address all and another any approve
  approved archive are article audio back before below between blank broadcast cancel candidate
  candidates cannot category change changed changes channel check choose claim clear click close
  closed confirm conflict content count create created current dashboard data date day days
  default delete deleted description details disabled district done download draft due edit
  election elections email empty end enter entity error errors expected export failed false field
  file files filter find first for forbidden found from group has have help hide home id import
  info internal invalid issue issued item items last later level list load loading log login
  logout management max message milestone min missed missing month more must name network never
  new next none not note null number object off only open optional other overdue page password
  peak pending period phase plan plans play please poster preview previous publish published
  quantity received recipients reject rejected remove report reports required reset result
  results review role save saved search select send sent server settings should show sign size
  slogans source start station status string submit submitted success summary table task tasks
  text the this time title today too total true type undefined unit units unknown update
  updated upload user users valid value video view voter warning was week weekly will with year
  yes your`.split(/\s+/),
);

/**
 * Words that look English but are right on a Vietnamese screen, each with its reason. Nothing
 * else is allowed: a new entry needs a reason a reviewer would accept.
 */
export const ALLOWED = new Map<string, string>([
  ['enter', 'the name of the key printed on it ("Nhấn Enter để lưu nhanh")'],
  ['english', 'the language switch names the other language in that language'],
  ['file', 'a loanword officials write ("file ghi âm" in the plans they issue)'],
  ['video', 'a loanword with no other Vietnamese word, as in the plans they issue'],
  ['menu', 'a loanword officials use ("Mở menu"), the button of the navigation drawer'],
]);

/** Raw codes a person should never have to read: each pattern with what it catches. */
export const RAW_CODES: Array<[RegExp, string]> = [
  [/\b\d{4}-W\d{2}\b/, 'an ISO week key'],
  [/\b\d{4}-\d{2}-\d{2}\b/, 'an ISO date'],
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/i, 'a UUID'],
  [/(?<![\p{L}\d])[a-z]+(?:_[a-z0-9]+)+(?![\p{L}\d])/u, 'a snake_case identifier'],
  [/(?<![\p{L}\d])[a-z]+[A-Z][a-zA-Z]*(?![\p{L}\d])/u, 'a camelCase identifier'],
  [/\b(?:body|query|params)\.[\w.]+/, 'a field path'],
];

/** Column headers of the play-log file, which the help text names so the user can type them. */
const FILE_COLUMNS = ['thoi_diem_phat', 'tai_lieu', 'thoi_luong', 'ghi_chu'];

/** The English words and raw codes on a page, each with the line it was found in. */
export function findForeignText(lines: string[]): string[] {
  const found: string[] = [];
  for (const raw of lines) {
    let line = raw.replace(/https?:\/\/\S+/g, '');
    for (const c of FILE_COLUMNS) line = line.replaceAll(c, '');
    for (const [pattern, what] of RAW_CODES) {
      const m = pattern.exec(line);
      if (m) found.push(`${what} "${m[0]}" in "${raw.slice(0, 120)}"`);
    }
    for (const word of line.split(/[^\p{L}\p{N}]+/u)) {
      const w = word.toLowerCase();
      if (ENGLISH_WORDS.has(w) && !ALLOWED.has(w))
        found.push(`"${word}" in "${raw.slice(0, 120)}"`);
    }
  }
  return [...new Set(found)];
}

/** Links on the page to a route with an id (a plan, a report…), one per route. */
export async function detailLinks(page: Page): Promise<Map<string, string>> {
  const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href') ?? ''));
  const out = new Map<string, string>();
  for (const href of hrefs) {
    const path = href.split(/[?#]/)[0] ?? '';
    const route = path.startsWith('/app/') ? routeOf(path) : null;
    if (route?.includes(':id') && !out.has(route)) out.set(route, path);
  }
  return out;
}

/** Waits until the page has settled: no spinner, no request in flight. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page
    .locator('.ant-spin-spinning, .ant-skeleton')
    .first()
    .waitFor({ state: 'detached', timeout: 15_000 })
    .catch(() => undefined);
  await page.waitForLoadState('networkidle');
}

type Json = Record<string, unknown>;
const firstId = (body: unknown): string | null => {
  const items = (body as { items?: Json[] } | null)?.items ?? [];
  const id = items[0]?.id;
  return typeof id === 'string' ? id : null;
};

/**
 * An address for each route with an id, found through the API as the signed-in user: their own
 * unit, the first plan, election and content item they see, and their unit's report of a week
 * of the demo's 2022 campaign. A route the user has nothing for is left out.
 */
export async function idAddresses(page: Page, baseUrl: string): Promise<Map<string, string>> {
  const get = async (path: string): Promise<unknown> => {
    const res = await page.request.get(`${baseUrl}/api/v1${path}`);
    return res.ok() ? res.json() : null;
  };
  const me = (await get('/me')) as { unit?: { id?: string } } | null;
  const unitId = me?.unit?.id ?? null;
  const report = unitId
    ? ((await get(`/reports/weekly?unitId=${unitId}&week=2022-W14`)) as {
        report?: { id?: string } | null;
      } | null)
    : null;
  const ids: Array<[string, string | null | undefined]> = [
    ['units/:id', unitId],
    ['plans/:id', firstId(await get('/plans'))],
    ['elections/:id', firstId(await get('/elections'))],
    ['content/:id', firstId(await get('/content'))],
    ['reports/:id', report?.report?.id],
  ];
  const out = new Map<string, string>();
  for (const [route, id] of ids) if (id) out.set(route, `/app/${route.replace(':id', id)}`);
  return out;
}

/**
 * Visits every route of the workspace the user may open, and every page with an id that the
 * pages link to or the API names, calling `check` on each once it has settled.
 */
export async function crawlWorkspace(
  page: Page,
  baseUrl: string,
  check: (path: string) => Promise<void>,
): Promise<Set<string>> {
  const queue = workspaceRoutes()
    .filter((r) => !r.includes(':id'))
    .map((r) => `/app/${r === '/' ? '' : r}`);
  const known = await idAddresses(page, baseUrl);
  const visited = new Set<string>();
  const routes = new Set<string>();
  const visit = async (path: string) => {
    if (visited.has(path)) return;
    visited.add(path);
    await page.goto(`${baseUrl}${path}`);
    await settle(page);
    // The address asked for counts as well as the one it lands on ("/app/" leads to the today view).
    for (const r of [routeOf(path), routeOf(new URL(page.url()).pathname)])
      if (r !== null) routes.add(r);
    for (const [r, p] of await detailLinks(page)) if (!known.has(r)) known.set(r, p);
    await check(path);
  };
  for (const path of queue) await visit(path);
  for (const path of known.values()) await visit(path);
  return routes;
}
