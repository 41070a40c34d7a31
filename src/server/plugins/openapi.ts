import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

type Described = Parameters<typeof jsonSchemaTransform>[0];

/** A route that takes an upload form is described with the form as its multipart body. */
function withUploadForm(document: Described): Described {
  const form = document.route.config?.uploadForm;
  if (!form) return document;
  return {
    ...document,
    schema: { ...document.schema, body: form.doc, consumes: ['multipart/form-data'] },
  };
}

/** OpenAPI 3.1 generated from the routes' zod schemas, served at /api/docs and /api/openapi.json. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Loa API',
        description:
          'API của Loa — nền tảng công tác tuyên truyền bầu cử. Lỗi trả về dạng application/problem+json (RFC 9457).',
        version: '1.0.0',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'loa_session' },
          deviceToken: {
            type: 'http',
            scheme: 'bearer',
            description: 'A station’s controller token',
          },
        },
      },
      security: [{ session: [] }],
    },
    transform: (document) => jsonSchemaTransform(withUploadForm(document)),
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
