// The web client's types, made from the API's own document by openapi-typescript, so a route
// changed on the server breaks the web app's type check rather than a user's page.
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';

const HEADER = `// Made by \`npm run openapi:generate\` from openapi.json; do not edit.\n`;

export async function openApiTypes(doc: unknown): Promise<string> {
  const ast = await openapiTS(doc as Parameters<typeof openapiTS>[0], {
    // A file part of an upload form is sent as a Blob (a File), never as a string.
    transform: (schema) =>
      schema.format === 'binary' ? ts.factory.createTypeReferenceNode('Blob') : undefined,
  });
  return HEADER + astToString(ast);
}
