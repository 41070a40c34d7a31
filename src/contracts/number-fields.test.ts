import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { COUNT_CAP } from './common';

// Never save something other than what was typed: every number a request can carry is a whole
// number within a stated, realistic range, and anything outside it is refused with a message,
// never clamped. The walk takes every exported request and query schema of every contract, so a
// field added tomorrow is held to the same rule.

/** Fields that are measures, not counts: they may be fractional (seconds of audio, a volume %). */
const FRACTIONAL = new Set(['durationSeconds', 'volume']);
/** The server's own edit counter, echoed back: bounded by its integer column, never typed. */
const COUNTERS = new Set(['version']);

interface Field {
  name: string;
  key: string;
  schema: z.ZodNumber;
}

/** Every number inside `schema`, through objects, arrays, records, unions and wrappers. */
function numbers(schema: z.ZodType, path: string[]): Array<{ path: string[]; n: z.ZodNumber }> {
  if (schema instanceof z.ZodNumber) return [{ path, n: schema }];
  if (schema instanceof z.ZodObject)
    return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([k, v]) =>
      numbers(v, [...path, k]),
    );
  if (schema instanceof z.ZodArray) return numbers(schema.element as z.ZodType, path);
  if (schema instanceof z.ZodRecord) return numbers(schema.valueType as z.ZodType, path);
  if (schema instanceof z.ZodUnion)
    return (schema.options as z.ZodType[]).flatMap((o) => numbers(o, path));
  if (schema instanceof z.ZodPipe) return numbers(schema.in as z.ZodType, path);
  if (
    schema instanceof z.ZodOptional ||
    schema instanceof z.ZodNullable ||
    schema instanceof z.ZodDefault
  )
    return numbers(schema.unwrap() as z.ZodType, path);
  return [];
}

async function numberFields(): Promise<Field[]> {
  const fields: Field[] = [];
  const files = readdirSync(__dirname).filter((f) => f.endsWith('.contract.ts'));
  for (const file of files) {
    const mod = (await import(join(__dirname, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (!/(Request|Query)Schema$/.test(name) || !(value instanceof z.ZodType)) continue;
      for (const { path, n } of numbers(value, []))
        fields.push({
          name: `${file.replace('.contract.ts', '')}.${name}.${path.join('.')}`,
          key: path.at(-1) ?? '',
          schema: n,
        });
    }
  }
  return fields;
}

/** `.int()` and its kin give a number an integer format ("safeint", "int32", "uint32"). */
const isWhole = (schema: z.ZodNumber): boolean => schema.format?.includes('int') ?? false;

describe('every number field of every request contract', () => {
  it('states a minimum and a realistic maximum, and is whole unless it is a measure', async () => {
    const fields = await numberFields();
    expect(fields.length).toBeGreaterThan(20);
    const wrong = fields.flatMap(({ name, key, schema }) => {
      const problems: string[] = [];
      if (!isWhole(schema) && !FRACTIONAL.has(key)) problems.push('not whole');
      if (schema.minValue === null || !Number.isFinite(schema.minValue))
        problems.push('no minimum');
      if (schema.maxValue === null || (schema.maxValue > COUNT_CAP && !COUNTERS.has(key)))
        problems.push(`maximum ${String(schema.maxValue)} above ${COUNT_CAP}`);
      return problems.map((p) => `${name}: ${p}`);
    });
    expect(wrong).toEqual([]);
  });

  it('refuses below its minimum, past its maximum, huge, and fractional where whole, with a message', async () => {
    const wrong: string[] = [];
    for (const { name, schema } of await numberFields()) {
      const min = schema.minValue ?? 0;
      const max = schema.maxValue ?? COUNT_CAP;
      const bad = [min - 1, max + 1, 99_999_999_999_999, ...(isWhole(schema) ? [min + 0.5] : [])];
      for (const value of bad) {
        const parsed = schema.safeParse(value);
        if (parsed.success) wrong.push(`${name}: ${value} accepted as ${String(parsed.data)}`);
        else if (!/Phải là số/.test(parsed.error.issues[0]?.message ?? ''))
          wrong.push(`${name}: ${value} refused without a Vietnamese message`);
      }
      if (schema.safeParse(min).data !== min) wrong.push(`${name}: its minimum ${min} is refused`);
    }
    expect(wrong).toEqual([]);
  });
});
