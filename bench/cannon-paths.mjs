// autocannon in a process of its own, each request to an address drawn at random from a file
// (one path a line): polling day's traffic, many places each asked once, measured as `cannon()`
// measures one address. Prints autocannon's result as JSON.
// Usage: node bench/cannon-paths.mjs <port> <connections> <seconds> <paths-file>
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

const [port, connections, seconds, file] = process.argv.slice(2);
const paths = readFileSync(file, 'utf8').split('\n').filter(Boolean);
const result = await autocannon({
  url: `http://127.0.0.1:${port}`,
  connections: Number(connections),
  duration: Number(seconds),
  headers: { 'accept-encoding': 'gzip, deflate, br' },
  requests: [
    {
      method: 'GET',
      setupRequest: (request) => {
        request.path = paths[Math.floor(Math.random() * paths.length)];
        return request;
      },
    },
  ],
});
process.stdout.write(JSON.stringify(result));
