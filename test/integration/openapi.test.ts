import { readFileSync } from 'node:fs';
import { beforeAll, expect, test } from 'vitest';
import { openApiTypes } from '../../scripts/openapi-types';
import { generateOpenApiDocument } from '../../src/server/openapi-document';

// Building the document boots the whole app once; every test here reads the same one.
let generated: unknown;
beforeAll(async () => {
  generated = await generateOpenApiDocument();
});

test('the committed openapi.json matches the routes (run `npm run openapi:generate` after changing a route)', () => {
  const committed = JSON.parse(
    readFileSync(new URL('../../openapi.json', import.meta.url), 'utf8'),
  );
  expect(JSON.parse(JSON.stringify(generated))).toEqual(committed);
});

test("the web client's types are made from the committed openapi.json (run `npm run openapi:generate`)", async () => {
  const committed: unknown = JSON.parse(
    readFileSync(new URL('../../openapi.json', import.meta.url), 'utf8'),
  );
  const types = readFileSync(new URL('../../src/web/api/openapi.d.ts', import.meta.url), 'utf8');
  expect(types).toBe(await openApiTypes(committed));
});

test('every API route documents its error responses as problem+json', () => {
  const doc = generated as {
    paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
  };
  const missing = Object.entries(doc.paths)
    .filter(([path]) => path.startsWith('/api/v1/'))
    .flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(([, op]) => !op.responses['400'])
        .map(([m]) => `${m} ${path}`),
    );
  expect(missing).toEqual([]);
});
