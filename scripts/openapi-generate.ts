// Writes openapi.json from the route schemas, and the web client's types from it
// (src/web/api/openapi.d.ts); test/integration/openapi.test.ts fails when either drifts.
import { writeFileSync } from 'node:fs';
import { generateOpenApiDocument } from '../src/server/openapi-document';
import { openApiTypes } from './openapi-types';

const doc = await generateOpenApiDocument();
writeFileSync(new URL('../openapi.json', import.meta.url), `${JSON.stringify(doc, null, 2)}\n`);
writeFileSync(
  new URL('../src/web/api/openapi.d.ts', import.meta.url),
  await openApiTypes(JSON.parse(JSON.stringify(doc))),
);
console.log('openapi.json and src/web/api/openapi.d.ts written');
