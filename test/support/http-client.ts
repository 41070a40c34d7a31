import type { FastifyInstance } from 'fastify';
import { formBody, formData, type FormParts } from './upload-form';

/** One request as fault tests send it: a JSON body or an upload form, optionally signed in. */
export interface Call {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  cookie?: string;
  json?: unknown;
  form?: FormParts;
}

/** What came back; status 0 means no HTTP answer at all (a reset socket or a timeout). */
export interface Answer {
  status: number;
  type: string;
  body: string;
  setCookie: string | null;
}

export type Client = (call: Call) => Promise<Answer>;

function headersOf(call: Call): Record<string, string> {
  const headers: Record<string, string> = {};
  if (call.cookie) headers.cookie = call.cookie;
  if (call.json !== undefined) headers['content-type'] = 'application/json';
  return headers;
}

/** Requests over real sockets to `base`, each given up after `timeoutMs` (a hang is an answer of 0). */
export function httpClient(base: string, timeoutMs = 10_000): Client {
  return async (call) => {
    try {
      const res = await fetch(base + call.url, {
        method: call.method ?? 'GET',
        headers: headersOf(call),
        // fetch writes the form's content type, with its boundary.
        body: call.form
          ? formData(call.form)
          : call.json === undefined
            ? undefined
            : JSON.stringify(call.json),
        signal: AbortSignal.timeout(timeoutMs),
      });
      return {
        status: res.status,
        type: res.headers.get('content-type') ?? '',
        body: await res.text(),
        setCookie: res.headers.get('set-cookie'),
      };
    } catch (error) {
      return { status: 0, type: '', body: String(error), setCookie: null };
    }
  };
}

/** The same through `app.inject` (no sockets), for the embedded engine. */
export function injectClient(app: FastifyInstance): Client {
  return async (call) => {
    const form = call.form ? await formBody(call.form) : null;
    const res = await app.inject({
      method: call.method ?? 'GET',
      url: call.url,
      headers: { ...headersOf(call), ...form?.headers },
      ...(form ? { payload: form.payload } : {}),
      ...(call.json !== undefined ? { payload: JSON.stringify(call.json) } : {}),
    });
    const cookie = res.headers['set-cookie'];
    return {
      status: res.statusCode,
      type: String(res.headers['content-type'] ?? ''),
      body: res.body,
      setCookie: Array.isArray(cookie) ? (cookie[0] ?? null) : (cookie ?? null),
    };
  };
}

/** Signs in through the API and returns the Cookie header for later calls. */
export async function signIn(
  client: Client,
  username: string,
  password = 'demo1234',
): Promise<string> {
  const res = await client({
    method: 'POST',
    url: '/api/v1/auth/login',
    json: { username, password },
  });
  const token = res.setCookie?.match(/loa_session=([^;]+)/)?.[1];
  if (res.status !== 200 || !token) throw new Error(`login ${username}: ${res.status} ${res.body}`);
  return `loa_session=${token}`;
}

/** Runs `workers` concurrent loops of `step` while `running()` holds; resolves once all stopped. */
export async function runLoops(
  workers: number,
  running: () => boolean,
  step: (worker: number) => Promise<void>,
): Promise<void> {
  await Promise.all(
    Array.from({ length: workers }, async (_, w) => {
      while (running()) await step(w);
    }),
  );
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Polls `check` every `everyMs` until it is true or `withinMs` passed; returns the last result. */
export async function eventually(
  check: () => Promise<boolean>,
  withinMs: number,
  everyMs = 200,
): Promise<boolean> {
  const end = Date.now() + withinMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > end) return false;
    await sleep(everyMs);
  }
}
