import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';

// Every create the web app sends carries its form's idempotency key: a POST to a route that
// answers 201 Created goes through `api.create`, never a plain `api.post` or an upload helper.

const ROOT = join(__dirname, '..', '..', '..');
const WEB = join(ROOT, 'src', 'web');

const OpenApiSchema = z.object({
  paths: z.record(
    z.string(),
    z.record(z.string(), z.object({ responses: z.record(z.string(), z.unknown()) })),
  ),
});

/** Path patterns of the routes that create (POST answering 201), as regular expressions. */
function createRoutes(): Array<{ route: string; pattern: RegExp }> {
  const doc = OpenApiSchema.parse(JSON.parse(readFileSync(join(ROOT, 'openapi.json'), 'utf8')));
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    ops.post?.responses['201'] === undefined
      ? []
      : [
          {
            route: path,
            pattern: new RegExp(`^${path.replace('/api/v1', '').replace(/\{\w+\}/g, '[^/]+')}$`),
          },
        ],
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.test.ts') ? [full] : [];
  });
}

/** Each plain POST of the web app with its path, a `${…}` part standing for one segment. */
function plainPosts(): Array<{ file: string; path: string }> {
  const call = /(?:api\.post|postWithProgress)\s*(?:<[^(]*>)?\(\s*(['`])([^'`]*)\1/g;
  return sourceFiles(WEB).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(call)].map((m) => ({
      file: file.slice(ROOT.length + 1),
      path: (m[2] ?? '').replace(/\$\{[^}]*\}/g, 'x'),
    })),
  );
}

describe('the web client', () => {
  test('sends every create through api.create, with its form key', () => {
    const creates = createRoutes();
    expect(creates.length).toBeGreaterThan(15);
    const posts = plainPosts();
    expect(posts.length).toBeGreaterThan(10);
    const unkeyed = posts.flatMap(({ file, path }) =>
      creates.filter((c) => c.pattern.test(path)).map((c) => `${file}: ${path} (${c.route})`),
    );
    expect(unkeyed).toEqual([]);
  });
});
