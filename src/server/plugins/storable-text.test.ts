import { Readable } from 'node:stream';
import Fastify from 'fastify';
import { expect, test } from 'vitest';
import { findUnstorableText } from './storable-text';

// What each part of a request is made of, as Fastify hands it over: the check must walk the query,
// the path parameters and JSON records, naming the field, and must not wander into a stream.
test('walks the query, the path parameters and a JSON body as Fastify parses them', async () => {
  const app = Fastify();
  const found: Array<string | null> = [];
  app.post('/x/:id', async (request) => {
    found.push(
      findUnstorableText(request.params, 'params'),
      findUnstorableText(request.query, 'querystring'),
      findUnstorableText(request.body, 'body'),
    );
    return {};
  });
  await app.inject({
    method: 'POST',
    url: '/x/a%00b?q=c%00d',
    payload: { plan: { tasks: [{ text: 'x\u0000' }] } },
  });
  await app.close();
  expect(found).toEqual(['params.id', 'querystring.q', 'body.plan.tasks.0.text']);
  expect(findUnstorableText({ 'k\ud800': 1 }, 'body')).toBe('body.k\\ud800');
  expect(findUnstorableText({ title: 'Phường Cẩm Bình' }, 'body')).toBeNull();
});

test('does not walk a streamed body or a buffer', () => {
  const stream = Readable.from(['\u0000']);
  Object.assign(stream, { self: stream });
  expect(findUnstorableText(stream, 'body')).toBeNull();
  expect(findUnstorableText(Buffer.from([0]), 'body')).toBeNull();
});
