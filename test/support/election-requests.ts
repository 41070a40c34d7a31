import { formBody, type FormParts } from './upload-form';
import type { TestApp } from './test-app';

export type Json = Record<string, unknown> & { items: Array<Record<string, unknown>> };

/**
 * Requests of the election tests, as the named users signed in on the app `app` gives (their cookies in `c`):
 * JSON and upload forms, and the demo's units and elections looked up by name.
 */
export function electionRequests(app: () => TestApp, c: Map<string, string>) {
  const req = (
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    who?: string,
    payload?: object,
  ) =>
    app().app.inject({
      method,
      url,
      headers: who ? { cookie: c.get(who) ?? '' } : {},
      ...(payload ? { payload } : {}),
    });
  const unitId = async (q: string): Promise<string> =>
    String(
      (await req('GET', `/api/v1/units?search=${encodeURIComponent(q)}`, 'admin')).json<Json>()
        .items[0]?.id,
    );
  const electionBySlug = async (who: string, slug: string) => {
    const items = (await req('GET', '/api/v1/elections', who)).json<Json>().items;
    const e = items.find((x) => x.slug === slug);
    if (!e) throw new Error(`no election ${slug}`);
    return e as { id: string; slug: string; unitId: string };
  };
  const csv = (rows: string[][]) => ({
    name: 'kv.csv',
    bytes: Buffer.from(rows.map((r) => r.join(',')).join('\n')),
  });
  /** Sends an upload form, as the web does. */
  const upload = async (method: 'POST' | 'PUT', url: string, who: string, parts: FormParts) => {
    const form = await formBody(parts);
    return app().app.inject({
      method,
      url,
      headers: { cookie: c.get(who) ?? '', ...form.headers },
      payload: form.payload,
    });
  };
  return { req, unitId, electionBySlug, csv, upload };
}
