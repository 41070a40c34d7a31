import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { leaves } from '../../../test/support/schema-leaves';
import { vi } from '../i18n/vi';
import type { Translate } from '../i18n/i18n';
import { fieldLabel, fieldMessage } from './field-labels';

const t: Translate = (key, params) =>
  vi[key].replace(/\{(\w+)\}/g, (m, n: string) => String(params?.[n] ?? m));

type Json = Record<string, unknown>;
const openapi = JSON.parse(
  readFileSync(new URL('../../../openapi.json', import.meta.url), 'utf8'),
) as { paths: Record<string, Record<string, Json>> };

/** Every field path a request body or form can be refused at, as the API spells it ("body.x.0.y"). */
function bodyPaths(): string[] {
  const paths = new Set<string>();
  for (const ops of Object.values(openapi.paths))
    for (const op of Object.values(ops)) {
      const body = op.requestBody as { content?: Record<string, { schema?: unknown }> } | undefined;
      // JSON bodies and upload forms alike: a form's fields and files are named the same way.
      for (const { schema } of Object.values(body?.content ?? {}))
        for (const leaf of leaves(schema))
          if (leaf.kind !== 'recordKey') paths.add(['body', ...leaf.path].join('.'));
    }
  return [...paths];
}

describe('field labels of problem paths', () => {
  it('names the field and the list item it sits in, never the path', () => {
    expect(fieldLabel(t, 'body.content.phases.0.from')).toBe('Từ ngày (Các đợt, mục 1)');
    expect(fieldLabel(t, 'body.email')).toBe('Thư điện tử');
    expect(fieldLabel(t, 'body.content.themes.2')).toBe('Chủ đề, mục 3');
    expect(fieldLabel(t, `body.votes.${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}`)).toBe(
      'Số phiếu bầu',
    );
    expect(fieldMessage(t, { path: 'body.votes', message: 'Phải là số không âm' })).toBe(
      'Số phiếu bầu: Phải là số không âm',
    );
  });

  it('has a Vietnamese label for every field of every request body the API takes', () => {
    const unnamed = bodyPaths().filter((p) => fieldLabel(t, p).startsWith(t('field.unknown')));
    expect(unnamed).toEqual([]);
  });
});
