import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExtractResultSchema } from './extraction.schema';
import { extractDocument } from './index';

// Whatever arrives — noise, or a real document cut, repeated, re-cased or re-encoded — the
// result must match the schema, and must not throw.
const fixtures = resolve(process.cwd(), 'test/fixtures/extract/docs');
const texts = readdirSync(fixtures)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(fixtures, f)))
  .map((b) => new TextDecoder().decode(b))
  .filter((t) => /Kế hoạch|KẾ HOẠCH|bầu cử/u.test(t));

const encode = (s: string) => new TextEncoder().encode(s);
const check = async (fileName: string, bytes: Uint8Array) => {
  const result = await extractDocument({ fileName, bytes });
  expect(ExtractResultSchema.safeParse(result).success).toBe(true);
  if (result.ok) {
    for (const span of Object.values(result.sources)) {
      expect(span.start).toBeGreaterThanOrEqual(0);
      expect(span.end).toBeLessThanOrEqual(result.text.length);
    }
  }
};

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.nat(400) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.string({ unit: 'grapheme', maxLength: 40 }),
  }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), length: fc.nat(300) }),
  fc.record({ kind: fc.constant('case' as const), upper: fc.boolean() }),
  fc.record({ kind: fc.constant('nfd' as const) }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: string, m: Mutation): string {
  switch (m.kind) {
    case 'cut': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + text.slice(at + m.length);
    }
    case 'insert': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case 'repeat': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at + m.length) + text.slice(at);
    }
    case 'case':
      return m.upper ? text.toLocaleUpperCase('vi') : text.toLocaleLowerCase('vi');
    case 'nfd':
      return text.normalize('NFD');
  }
}

describe('any input gives a result that matches the schema', () => {
  it('for random text and bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) =>
        check('random.txt', encode(s)),
      ),
      { numRuns: 150 },
    );
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), (b) => check('random.bin', b)),
      { numRuns: 150 },
    );
  });

  it('for real documents after random damage', async () => {
    expect(texts.length).toBeGreaterThan(5);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...texts),
        fc.array(mutation, { maxLength: 4 }),
        (text, mutations) => check('damaged.txt', encode(mutations.reduce(mutate, text))),
      ),
      { numRuns: 200 },
    );
  });
});
