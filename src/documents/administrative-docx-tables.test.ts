import { describe, expect, it } from 'vitest';
import { renderAdministrativeDocx } from './administrative-docx';
import type { BodyBlock } from './document-model';
import { columnWidths } from './docx-table';
import { TEXT_WIDTH } from './docx-units';
import { plan51Model, plan51WithLongTable } from './fixtures/plan-51.model';
import { openDocx, paragraphs, rows, tables } from './fixtures/docx-inspect';

describe('a long table in the body', () => {
  it('repeats its header row on every page and lets rows split across pages', async () => {
    const { document } = await openDocx(await renderAdministrativeDocx(plan51WithLongTable(200)));
    const [, schedule = ''] = tables(document);
    const all = rows(schedule);
    expect(all).toHaveLength(201);
    expect(all[0]).toMatch(/<w:tblHeader\/>/);
    expect(all.slice(1).some((row) => row.includes('w:tblHeader'))).toBe(false);
    expect(schedule).not.toMatch(/<w:cantSplit(?! w:val="(false|0)")/);
    expect(schedule).toMatch(/<w:tblBorders><w:top w:val="single"/);
    expect(paragraphs(all[200] ?? '').map((p) => p.text)[0]).toBe('200');
  });

  it('keeps two tables in a row apart, since Word would merge them', async () => {
    const table: BodyBlock = { kind: 'table', columns: ['A'], rows: [['1']] };
    const model = { ...plan51Model, body: [table, table] };
    const { document } = await openDocx(await renderAdministrativeDocx(model));
    expect(document).not.toMatch(/<\/w:tbl><w:tbl>/);
  });

  it('sizes columns from percentages, or equally when they do not fit the columns', () => {
    expect(columnWidths(2, [25, 75])).toEqual([
      Math.floor(TEXT_WIDTH / 4),
      Math.floor((TEXT_WIDTH * 3) / 4),
    ]);
    expect(columnWidths(2, [50])).toEqual([Math.floor(TEXT_WIDTH / 2), Math.floor(TEXT_WIDTH / 2)]);
  });
});

describe('a draft', () => {
  it('prints "DỰ THẢO" above the title and a blank number', async () => {
    const draft = {
      ...plan51Model,
      draft: true,
      header: { ...plan51Model.header, numberLine: 'Số:      /KH-UBND' },
    };
    const texts = paragraphs((await openDocx(await renderAdministrativeDocx(draft))).document).map(
      (p) => p.text,
    );
    expect(texts.indexOf('DỰ THẢO')).toBeGreaterThan(-1);
    expect(texts.indexOf('KẾ HOẠCH')).toBe(texts.indexOf('DỰ THẢO') + 1);
    expect(texts).toContain('Số:      /KH-UBND');
  });

  it('leaves out the authority line when one signs in one’s own name', async () => {
    const model = {
      ...plan51Model,
      signature: { authority: '', position: 'Chủ tịch', signer: 'Nguyễn Công Bằng' },
    };
    const { document } = await openDocx(await renderAdministrativeDocx(model));
    const closing = paragraphs(tables(document).at(-1) ?? '').map((p) => p.text);
    expect(closing.slice(-2)).toEqual(['CHỦ TỊCH', 'Nguyễn Công Bằng']);
  });
});
