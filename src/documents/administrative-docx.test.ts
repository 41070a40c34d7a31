import { beforeAll, describe, expect, it } from 'vitest';
import { SaxesParser } from 'saxes';
import { renderAdministrativeDocx } from './administrative-docx';
import { mmToTwip } from './docx-units';
import { plan51Model } from './fixtures/plan-51.model';
import type { DocxParts } from './fixtures/docx-inspect';
import {
  attr,
  cells,
  openDocx,
  paragraphStarting,
  paragraphs,
  rows,
  runs,
  tables,
} from './fixtures/docx-inspect';

const TNR = 'Times New Roman';
let docx: DocxParts;

beforeAll(async () => {
  docx = await openDocx(await renderAdministrativeDocx(plan51Model));
});

/** Every text run of a paragraph, reduced to what the decree fixes: font, size, bold, italic. */
function lookOf(xml: string, start: string) {
  return runs(paragraphStarting(xml, start).xml).map(({ font, size, bold, italic }) => ({
    font,
    size,
    bold,
    italic,
  }));
}

describe('page setup', () => {
  it('is A4 portrait with margins 20/20/30/15 mm', () => {
    const sectPr = /<w:sectPr>[\s\S]*<\/w:sectPr>/.exec(docx.document)?.[0] ?? '';
    expect(attr(sectPr, 'w:pgSz', 'w:w')).toBe('11906');
    expect(attr(sectPr, 'w:pgSz', 'w:h')).toBe('16838');
    expect(attr(sectPr, 'w:pgSz', 'w:orient')).toBe('portrait');
    const margin = (side: string) => Number(attr(sectPr, 'w:pgMar', `w:${side}`));
    expect([margin('top'), margin('bottom'), margin('left'), margin('right')]).toEqual([
      1134, 1134, 1701, 850,
    ]);
    expect(margin('left')).toBe(mmToTwip(30));
  });

  it('numbers pages from page 2 only, centred in the top margin in 14 pt', () => {
    expect(docx.document).toMatch(/<w:titlePg\/>/);
    const numbered = docx.headers.default ?? '';
    expect(numbered).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    expect(attr(numbered, 'w:jc', 'w:val')).toBe('center');
    expect(attr(numbered, 'w:sz', 'w:val')).toBe('28');
    expect(docx.headers.first).toBeDefined();
    expect(docx.headers.first).not.toMatch(/PAGE/);
  });

  it('defaults to Times New Roman 14 pt for text typed later', () => {
    const defaults = /<w:docDefaults>[\s\S]*<\/w:docDefaults>/.exec(docx.styles)?.[0] ?? '';
    expect(attr(defaults, 'w:rFonts', 'w:ascii')).toBe(TNR);
    expect(attr(defaults, 'w:sz', 'w:val')).toBe('28');
  });
});

describe('header table', () => {
  const headerTable = () => tables(docx.document)[0] ?? '';

  it('is a borderless two-column table', () => {
    const borders = /<w:tblBorders>[\s\S]*?<\/w:tblBorders>/.exec(headerTable())?.[0] ?? '';
    const sides = [...borders.matchAll(/<w:(\w+) w:val="(\w+)"/g)].map((m) => [m[1], m[2]]);
    expect(sides.map(([side]) => side).sort()).toEqual(
      ['bottom', 'insideH', 'insideV', 'left', 'right', 'top'].sort(),
    );
    expect(sides.every(([, value]) => value === 'none' || value === 'nil')).toBe(true);
    expect(rows(headerTable()).map((row) => cells(row).length)).toEqual([2, 2]);
  });

  it('holds the bodies, Quốc hiệu, Tiêu ngữ, number and date in their columns', () => {
    const [top = '', bottom = ''] = rows(headerTable());
    const texts = (cell: string | undefined) => paragraphs(cell ?? '').map((p) => p.text);
    const [bodies, national] = cells(top);
    const [number, date] = cells(bottom);
    expect(texts(bodies)).toEqual([
      'UBND THÀNH PHỐ CẨM PHẢ',
      'ỦY BAN NHÂN DÂN PHƯỜNG CẨM BÌNH',
      '',
    ]);
    expect(texts(national)).toEqual([
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      '',
    ]);
    expect(texts(number)).toEqual(['Số: 51/KH-UBND']);
    expect(texts(date)).toEqual(['Cẩm Bình, ngày 06 tháng 4 năm 2022']);
  });

  it('sets each part in the size and weight of the decree', () => {
    const xml = headerTable();
    const look = (size: number, bold: boolean, italic: boolean) => [
      { font: TNR, size, bold, italic },
    ];
    expect(lookOf(xml, 'UBND THÀNH PHỐ')).toEqual(look(26, false, false));
    expect(lookOf(xml, 'ỦY BAN NHÂN DÂN')).toEqual(look(26, true, false));
    expect(lookOf(xml, 'Số:')).toEqual(look(26, false, false));
    expect(lookOf(xml, 'CỘNG HÒA')).toEqual(look(26, true, false));
    expect(lookOf(xml, 'Độc lập')).toEqual(look(28, true, false));
    expect(lookOf(xml, 'Cẩm Bình, ngày')).toEqual(look(28, false, true));
  });

  it('draws a rule under the issuing body and a longer one under the Tiêu ngữ', () => {
    const [top = ''] = rows(headerTable());
    const ruleWidth = (cell: string | undefined, cellWidth: number) => {
      const rule = paragraphs(cell ?? '').find((p) => p.xml.includes('<w:pBdr>'));
      expect(attr(rule?.xml ?? '', 'w:bottom', 'w:val')).toBe('single');
      return cellWidth - 2 * Number(attr(rule?.xml ?? '', 'w:ind', 'w:left'));
    };
    const [bodies, national] = cells(top);
    const width = (cell: string | undefined) => Number(attr(cell ?? '', 'w:tcW', 'w:w'));
    const mottoRule = ruleWidth(national, width(national));
    // "Độc lập - Tự do - Hạnh phúc" in 14 pt bold is about 6 cm; its rule is as long.
    expect(mottoRule).toBeGreaterThan(mmToTwip(55));
    expect(mottoRule).toBeLessThan(mmToTwip(65));
    expect(ruleWidth(bodies, width(bodies))).toBeLessThan(mottoRule / 2);
  });
});

describe('title and body', () => {
  it('centres the type of document and the trích yếu in 14 pt bold, with a rule under', () => {
    const all = paragraphs(docx.document);
    const title = all.findIndex((p) => p.text === 'KẾ HOẠCH');
    const summary = all[title + 1];
    expect(attr(all[title]?.xml ?? '', 'w:jc', 'w:val')).toBe('center');
    expect(lookOf(docx.document, 'KẾ HOẠCH')).toEqual([
      { font: TNR, size: 28, bold: true, italic: false },
    ]);
    expect(summary?.text).toBe(plan51Model.summary);
    expect(runs(summary?.xml ?? '').every((r) => r.bold && r.size === 28)).toBe(true);
    expect(all[title + 2]?.xml).toMatch(/<w:pBdr><w:bottom w:val="single"/);
    expect(all.some((p) => p.text === 'DỰ THẢO')).toBe(false);
  });

  it('justifies body paragraphs with a 1.27 cm first-line indent and 6 pt after', () => {
    const opening = paragraphStarting(docx.document, 'Thực hiện Kế hoạch số 124/KH-UBND');
    expect(attr(opening.xml, 'w:jc', 'w:val')).toBe('both');
    expect(attr(opening.xml, 'w:ind', 'w:firstLine')).toBe('720');
    expect(attr(opening.xml, 'w:spacing', 'w:after')).toBe('120');
    expect(attr(opening.xml, 'w:spacing', 'w:line')).toBe('240');
    expect(runs(opening.xml)).toEqual([
      expect.objectContaining({ font: TNR, size: 28, bold: false }),
    ]);
  });

  it('sets headings bold, bullets with "- ", and run-in leads in bold', () => {
    expect(lookOf(docx.document, 'I. MỤC ĐÍCH, YÊU CẦU')[0]?.bold).toBe(true);
    expect(lookOf(docx.document, '1. Mục đích')[0]?.bold).toBe(true);
    expect(paragraphStarting(docx.document, '- Tăng cường sự phối hợp').text).not.toMatch(/^- - /);
    const time = runs(paragraphStarting(docx.document, '3. Thời gian:').xml);
    expect(time.map((r) => [r.text.trim(), r.bold])).toEqual([
      ['3. Thời gian:', true],
      [expect.stringMatching(/^Tuyên truyền thường xuyên/), false],
    ]);
  });
});

describe('signature block', () => {
  const closing = () => tables(docx.document).at(-1) ?? '';

  it('puts the recipients on the left and the signature on the right, without borders', () => {
    const [left, right] = cells(rows(closing())[0] ?? '');
    expect(closing()).toMatch(/<w:tblBorders><w:top w:val="none"/);
    expect(paragraphs(left ?? '').map((p) => p.text)).toEqual([
      'Nơi nhận:',
      ...plan51Model.recipients,
    ]);
    expect(paragraphs(right ?? '').map((p) => p.text)).toEqual([
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
      'Nguyễn Công Bằng',
    ]);
    expect(
      Number(attr(paragraphStarting(right ?? '', 'Nguyễn').xml, 'w:spacing', 'w:before')),
    ).toBeGreaterThan(1000);
  });

  it('sets "Nơi nhận:" 12 pt bold italic, recipients 11 pt, the signature 14 pt bold', () => {
    const xml = closing();
    expect(lookOf(xml, 'Nơi nhận:')).toEqual([{ font: TNR, size: 24, bold: true, italic: true }]);
    expect(lookOf(xml, '- Lưu: VT.')).toEqual([
      { font: TNR, size: 22, bold: false, italic: false },
    ]);
    for (const line of ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Công Bằng']) {
      expect(lookOf(xml, line)).toEqual([{ font: TNR, size: 28, bold: true, italic: false }]);
    }
  });
});

describe('line spacing', () => {
  it('names its rule wherever a line height is given, in every part of the file', () => {
    // LibreOffice reads a bare w:line="240" as exactly 12 pt: 14 pt lines then overlap.
    const bare: string[] = [];
    const parts = { document: docx.document, styles: docx.styles, ...docx.headers };
    for (const [name, xml] of Object.entries(parts)) {
      const parser = new SaxesParser();
      parser.on('opentag', (tag) => {
        if (
          tag.name === 'w:spacing' &&
          'w:line' in tag.attributes &&
          !('w:lineRule' in tag.attributes)
        )
          bare.push(`${name}: w:line=${String(tag.attributes['w:line'])}`);
      });
      parser.write(xml).close();
    }
    expect(bare).toEqual([]);
  });
});
