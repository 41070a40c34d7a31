import { request } from 'node:http';

/**
 * Other spellings of one path that a router, a proxy or a lax parser might take for it:
 * percent-encoded letters, doubled slashes, changed case, dot-segments, a trailing slash and
 * `;params`. Each must meet the same access check as the path itself, or no route at all.
 */
export function pathForms(path: string): Array<{ form: string; path: string }> {
  const [, api = 'api', version = 'v1', ...rest] = path.split('/');
  const tail = rest.join('/');
  const encode = (s: string) => s.replace(/[a-z]/i, (c) => `%${c.charCodeAt(0).toString(16)}`);
  const upper = (s: string) =>
    s.replace(/[a-z]/i, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return [
    { form: 'as declared', path },
    { form: 'encoded letter in the prefix', path: `/${encode(api)}/${version}/${tail}` },
    { form: 'encoded letter in the route', path: `/${api}/${version}/${encode(tail)}` },
    { form: 'upper-case hex escape', path: `/${upper(api)}/${upper(version)}/${tail}` },
    { form: 'encoded slash', path: `/${api}%2F${version}/${tail}` },
    { form: 'doubled slash at the start', path: `/${path}` },
    { form: 'doubled slash inside', path: `/${api}/${version}//${tail}` },
    { form: 'upper-case prefix', path: `/${api.toUpperCase()}/${version.toUpperCase()}/${tail}` },
    { form: 'upper-case route', path: `/${api}/${version}/${tail.toUpperCase()}` },
    { form: 'dot-segment', path: `/${api}/${version}/x/../${tail}` },
    { form: 'encoded dot-segment', path: `/${api}/${version}/x/%2e%2e/${tail}` },
    { form: 'single dot', path: `/${api}/./${version}/${tail}` },
    { form: 'trailing slash', path: `${path}/` },
    { form: ';params at the end', path: `${path};jsessionid=1` },
    { form: ';params in the prefix', path: `/${api};x=1/${version}/${tail}` },
  ];
}

export interface RawAnswer {
  status: number;
  body: string;
  /** True when the server answered before the client had sent the whole declared body. */
  beforeBody: boolean;
}

/**
 * One request over a real socket with the path sent exactly as given (no client normalises it).
 * With `declaredBytes`, the request announces that many bytes of JSON but sends only the first
 * 64 KiB and waits: a server that answers has decided without reading the body; one that reads
 * it never answers, and after `waitMs` the answer is null.
 */
export function rawRequest(
  port: number,
  method: string,
  path: string,
  opts: { declaredBytes?: number; headers?: Record<string, string>; waitMs: number },
): Promise<RawAnswer | null> {
  return new Promise((resolve) => {
    let bodySent = false;
    const headers: Record<string, string | number> = { ...opts.headers };
    if (opts.declaredBytes) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = opts.declaredBytes;
    }
    const req = request({ host: '127.0.0.1', port, method, path, headers, agent: false }, (res) => {
      const beforeBody = !bodySent;
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => {
        clearTimeout(timer);
        req.destroy();
        resolve({ status: res.statusCode ?? 0, body, beforeBody });
      });
    });
    const timer = setTimeout(() => {
      req.destroy();
      resolve(null);
    }, opts.waitMs);
    // The server may close the connection once it has answered; that is not a failure.
    req.on('error', () => undefined);
    if (!opts.declaredBytes) {
      bodySent = true;
      req.end();
      return;
    }
    req.write(`{"x":"${'x'.repeat(64 * 1024)}`);
  });
}
