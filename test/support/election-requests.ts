import { formBody, type FormParts } from './upload-form';
import type { TestApp } from './test-app';

export type Json = Record<string, unknown> & { items: Array<Record<string, unknown>> };

/**
 * Requests of the election tests, as the named users signed in on the app `app` gives (their
 * cookies in `c`): JSON, spreadsheets and upload forms.
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
  return { req, csv, upload };
}
