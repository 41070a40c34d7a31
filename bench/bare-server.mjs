// The portal bench's reference: a bare node:http server answering one page's bytes from memory,
// with the headers Loa sends. What a cached page costs above this is Loa's own per-request work.
// Usage: node bench/bare-server.mjs PORT FILE HEADERS_JSON
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const [port, file, headersJson] = process.argv.slice(2);
const body = readFileSync(file);
const headers = { ...JSON.parse(headersJson ?? '{}'), 'content-length': body.length };

createServer((req, res) => {
  if (req.url === '/healthz') {
    res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    return;
  }
  res.writeHead(200, headers).end(body);
}).listen(Number(port), '127.0.0.1');
