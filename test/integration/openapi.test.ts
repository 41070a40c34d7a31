import { readFileSync } from 'node:fs';
import { beforeAll, expect, test } from 'vitest';
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
