import { Table, TableBorders, TableLayoutType, TableRow, WidthType } from 'docx';
import type { Paragraph } from 'docx';
import type { DocumentHeader } from './document-model';
import { cellLine, layoutCell } from './docx-cells';
import { lineWidthIn, ruleParagraph, boldTextWidth } from './docx-rule';
import { SIZE } from './docx-styles';
import { TEXT_WIDTH, ptToTwip } from './docx-units';

export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/**
 * The right column must hold the Quốc hiệu on one line (about 9.6 cm in 13 pt bold); the left
 * column takes the rest (6.4 cm, enough for "UBND THÀNH PHỐ CẨM PHẢ"), where a long issuing
 * body wraps onto two lines as it does on paper.
 */
const LEFT_WIDTH = Math.round(TEXT_WIDTH * 0.39);
const RIGHT_WIDTH = TEXT_WIDTH - LEFT_WIDTH;

/** The decree asks for a rule 1/3 to 1/2 as long as the issuing body's line. */
const SHORT_RULE_RATIO = 0.4;

const upper = (text: string): string => text.toLocaleUpperCase('vi-VN');

function bodiesColumn(header: DocumentHeader): Paragraph[] {
  const issuingBody = upper(header.issuingBody);
  const lines: Paragraph[] = [];
  if (header.parentBody.trim() !== '') {
    lines.push(cellLine(upper(header.parentBody), { size: SIZE.headerBody }));
  }
  lines.push(cellLine(issuingBody, { size: SIZE.headerBody, bold: true }));
  const ruleWidth = lineWidthIn(issuingBody, SIZE.headerBody, LEFT_WIDTH) * SHORT_RULE_RATIO;
  lines.push(ruleParagraph(ruleWidth, LEFT_WIDTH));
  return lines;
}

function nationalColumn(): Paragraph[] {
  // The rule under the Tiêu ngữ is exactly as long as its line.
  const mottoWidth = Math.min(boldTextWidth(MOTTO, SIZE.motto), RIGHT_WIDTH);
  return [
    cellLine(NATIONAL_NAME, { size: SIZE.nationalName, bold: true }),
    cellLine(MOTTO, { size: SIZE.motto, bold: true }),
    ruleParagraph(mottoWidth, RIGHT_WIDTH),
  ];
}

/**
 * The header of Nghị định 30/2020: a borderless two-column table. The number and the date share
 * the second row so that they sit on one line, as the decree places them.
 */
export function headerTable(header: DocumentHeader): Table {
  const lineGap = ptToTwip(6);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [LEFT_WIDTH, RIGHT_WIDTH],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    rows: [
      new TableRow({
        children: [
          layoutCell(LEFT_WIDTH, bodiesColumn(header)),
          layoutCell(RIGHT_WIDTH, nationalColumn()),
        ],
      }),
      new TableRow({
        children: [
          layoutCell(LEFT_WIDTH, [
            cellLine(header.numberLine, { size: SIZE.numberLine }, { before: lineGap }),
          ]),
          layoutCell(RIGHT_WIDTH, [
            cellLine(header.dateLine, { size: SIZE.dateLine, italics: true }, { before: lineGap }),
          ]),
        ],
      }),
    ],
  });
}
