// A small S3-compatible server for tests, run as its own process (so the test measures only
// its own memory): path-style PUT/GET/DELETE of objects kept on disk, streamed both ways, each
// request's SigV4 Authorization checked by an implementation independent of Loa's signer.
// Usage: node s3-stand-in.mjs <dir> <accessKeyId> <secretAccessKey> <region>; prints its port.
import { createHash, createHmac } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import http from 'node:http';
import { join } from 'node:path';

const [dir, accessKeyId, secret, region] = process.argv.slice(2);
const log = [];
const sha256 = (data) => createHash('sha256').update(data).digest('hex');
const hmac = (key, data) => createHmac('sha256', key).update(data).digest();

/** Why a request's signature is wrong, or null when it is right (AWS SigV4, header form). */
function signatureProblem(req, path, query) {
  const m =
    /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/.exec(
      req.headers.authorization ?? '',
    );
  if (!m) return 'no SigV4 Authorization header';
  const [, key, day, reg, signed, signature] = m;
  if (key !== accessKeyId) return 'unknown access key';
  if (reg !== region) return 'wrong region';
  const amzDate = String(req.headers['x-amz-date'] ?? '');
  if (!amzDate.startsWith(day)) return 'x-amz-date does not match the credential scope';
  const names = signed.split(';');
  if (!names.includes('host') || !names.includes('x-amz-date')) return 'host or date unsigned';
  const headers = names
    .map(
      (n) =>
        `${n}:${String(req.headers[n] ?? '')
          .trim()
          .replace(/\s+/g, ' ')}\n`,
    )
    .join('');
  const params = [...new URLSearchParams(query)]
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .sort()
    .join('&');
  const payload = String(req.headers['x-amz-content-sha256'] ?? '');
  if (!payload) return 'no x-amz-content-sha256';
  const canonical = [req.method, path, params, headers, signed, payload].join('\n');
  const scope = `${day}/${region}/s3/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonical)].join('\n');
  let k = hmac(`AWS4${secret}`, day);
  for (const part of [region, 's3', 'aws4_request']) k = hmac(k, part);
  return hmac(k, toSign).toString('hex') === signature ? null : 'signature does not match';
}

const fileOf = (path) => join(dir, sha256(path));

const server = http.createServer(async (req, res) => {
  const [path, query = ''] = (req.url ?? '/').split('?');
  if (path === '/__log') return res.end(JSON.stringify(log));
  const entry = {
    method: req.method,
    path,
    problem: signatureProblem(req, path, query),
    contentLength: req.headers['content-length'] ?? null,
    chunked: req.headers['transfer-encoding'] === 'chunked',
    received: 0,
    sha256: null,
  };
  log.push(entry);
  if (entry.problem) {
    req.resume();
    res.writeHead(403, { 'content-type': 'application/xml' });
    return res.end('<Error><Code>SignatureDoesNotMatch</Code></Error>');
  }
  const file = fileOf(path);
  if (req.method === 'PUT') {
    const hash = createHash('sha256');
    const out = createWriteStream(file);
    req.on('data', (chunk) => {
      entry.received += chunk.length;
      hash.update(chunk);
    });
    req.pipe(out);
    out.on('finish', () => {
      entry.sha256 = hash.digest('hex');
      res.writeHead(Number(entry.contentLength) === entry.received ? 200 : 400);
      res.end();
    });
    return;
  }
  if (req.method === 'GET') {
    const size = await stat(file).then(
      (s) => s.size,
      () => null,
    );
    if (size === null) {
      res.writeHead(404);
      return res.end('<Error><Code>NoSuchKey</Code></Error>');
    }
    res.writeHead(200, { 'content-length': size, 'content-type': 'application/octet-stream' });
    return createReadStream(file).pipe(res);
  }
  if (req.method === 'DELETE') {
    await rm(file, { force: true });
    res.writeHead(204);
    return res.end();
  }
  res.writeHead(405);
  res.end();
});
server.listen(0, '127.0.0.1', () => process.stdout.write(`${server.address().port}\n`));
