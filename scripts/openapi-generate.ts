// Writes openapi.json from the route schemas; test/integration/openapi.test.ts fails when it drifts.
import { writeFileSync } from 'node:fs';
import { generateOpenApiDocument } from '../src/server/openapi-document';

const doc = await generateOpenApiDocument();
writeFileSync(new URL('../openapi.json', import.meta.url), `${JSON.stringify(doc, null, 2)}\n`);
console.log('openapi.json written');
