import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';

// No flow leaves an item the user did not want: every route that takes a file is declared here
// by how its file travels, and a new one fails this walk until it is. A file sent for an item
// right after the web creates it goes through createWithFile (checked before the create by the
// server's rules, the item taken back when the upload is refused anyway).

const ROOT = join(__dirname, '..', '..', '..');
const WEB = join(ROOT, 'src', 'web');
const ROUTES = join(ROOT, 'src', 'server', 'routes');

type Travel =
  /** The web creates an item, then sends its file: only through createWithFile. */
  | 'after-create'
  /** Sent for an item that already exists (a row of a list), never just after creating one. */
  | 'existing-item'
  /** The file travels in the same request as the write it is for: nothing exists without it. */
  | 'one-request';

const FILE_ROUTES: Record<string, Travel> = {
  'PUT /content/:id/file': 'after-create',
  'PUT /candidates/:id/photo': 'after-create',
  // An activity is recorded without a photo; the list's camera button adds one to a saved row.
  'PUT /activities/:id/photo': 'existing-item',
  // The workspace does not send screenshots; a claim stands without one, and one can be re-sent.
  'PUT /claims/:id/screenshot': 'existing-item',
  'PUT /elections/:id/milestones/:milestoneId/sub-units/:unitId': 'one-request',
  'PUT /elections/:id/milestones/:milestoneId/evidence': 'one-request',
  'POST /activities/import': 'one-request',
  'POST /elections/:id/polling/import': 'one-request',
  'POST /imports': 'one-request',
  'POST /stations/:id/plays/import': 'one-request',
  // A signed PDF checked, and a unit's certificate with its seal: nothing is created first.
  'POST /documents/verify': 'one-request',
  'PUT /units/:id/certificate': 'one-request',
};

function sourceFiles(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full, ext);
    return ext.test(e.name) && !e.name.endsWith('.test.ts') ? [full] : [];
  });
}

/** Routes whose handler reads an upload form, and those openapi.json gives a form body. */
function routesTakingFiles(): string[] {
  const start = /\br\.(get|post|put|patch|delete)\(\s*'([^']+)'/g;
  const fromCode = sourceFiles(ROUTES, /\.ts$/).flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    const starts = [...text.matchAll(start)];
    return starts.flatMap((m, i) => {
      const chunk = text.slice(m.index, starts[i + 1]?.index ?? text.length);
      return /readUploadForm\(|streamUploadForm\(/.test(chunk)
        ? [`${(m[1] ?? '').toUpperCase()} ${m[2] ?? ''}`]
        : [];
    });
  });
  const doc = z
    .object({ paths: z.record(z.string(), z.record(z.string(), z.unknown())) })
    .parse(JSON.parse(readFileSync(join(ROOT, 'openapi.json'), 'utf8')));
  const fromDoc = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops)
      .filter(([, op]) => JSON.stringify(op).includes('"multipart/form-data"'))
      .map(
        ([method]) =>
          `${method.toUpperCase()} ${path.replace('/api/v1', '').replace(/\{(\w+)\}/g, ':$1')}`,
      ),
  );
  return [...new Set([...fromCode, ...fromDoc])].sort();
}

/** The route as the web writes it (as openapi.json does: "/content/{id}/file"), quoted. */
const webPattern = (route: string): RegExp => {
  const path = (route.split(' ')[1] ?? '').replace(/:(\w+)/g, '{$1}');
  return new RegExp(`'${path.replace(/[{}/]/g, '\\$&')}'`);
};

interface Hook {
  name: string;
  body: string;
}

/** Each exported hook of the web's API modules, with its text. */
function apiHooks(): Hook[] {
  return sourceFiles(WEB, /\.api\.ts$/).flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    const starts = [...text.matchAll(/export (?:const|function) (use\w+)/g)];
    return starts.map((m, i) => ({
      name: m[1] ?? '',
      body: text.slice(m.index, starts[i + 1]?.index ?? text.length),
    }));
  });
}

/** The stretches of a component's text that are arguments of a createWithFile call. */
function createWithFileArgs(text: string): Array<[number, number]> {
  return [...text.matchAll(/createWithFile\(/g)].map((m) => {
    let depth = 0;
    const from = m.index + 'createWithFile'.length;
    for (let i = from; i < text.length; i++) {
      if (text[i] === '(') depth++;
      if (text[i] === ')' && --depth === 0) return [from, i] as [number, number];
    }
    return [from, text.length] as [number, number];
  });
}

describe('files sent for an item', () => {
  test('every route that takes a file is declared by how its file travels', () => {
    const found = routesTakingFiles();
    expect(found.length).toBeGreaterThanOrEqual(8);
    expect(found).toEqual(Object.keys(FILE_ROUTES).sort());
  });

  test('a file sent after a create goes through createWithFile, one that needs an item never right after one', () => {
    const hooks = apiHooks();
    const creates = new Set(hooks.filter((h) => /api\.create\b/.test(h.body)).map((h) => h.name));
    expect(creates.size).toBeGreaterThan(10);
    const uploads = new Map(
      Object.entries(FILE_ROUTES)
        .filter(([, travel]) => travel !== 'one-request')
        .flatMap(([route, travel]) =>
          hooks.filter((h) => webPattern(route).test(h.body)).map((h) => [h.name, travel]),
        ),
    );
    // The senders this walk knows of: the content file, the candidate photo, the activity photo.
    expect([...uploads.keys()].sort()).toEqual(
      ['useAttachPhoto', 'useCandidatePhoto', 'useUploadFile'].sort(),
    );
    const problems: string[] = [];
    const senders = new Set<string>();
    for (const file of sourceFiles(WEB, /\.tsx?$/)) {
      const text = readFileSync(file, 'utf8');
      const name = file.slice(ROOT.length + 1);
      const created = [...creates].some((h) => new RegExp(`\\b${h}\\(`).test(text));
      const args = createWithFileArgs(text);
      for (const [hook, travel] of uploads) {
        for (const use of text.matchAll(new RegExp(`const (\\w+) = ${hook}\\(`, 'g'))) {
          senders.add(hook);
          if (travel === 'existing-item' && created)
            problems.push(`${name}: ${hook} sends a file in a form that creates`);
          if (travel !== 'after-create') continue;
          for (const call of text.matchAll(new RegExp(`\\b${use[1] ?? ''}\\.mutate`, 'g')))
            if (!args.some(([from, to]) => call.index > from && call.index < to))
              problems.push(`${name}: ${hook} sends a file outside createWithFile`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect([...senders].sort()).toEqual([...uploads.keys()].sort());
  });
});
