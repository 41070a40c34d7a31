import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { BodyBlock } from './document-model';
import { SIZE, textRuns, SINGLE_LINE } from './docx-styles';
import { TEXT_WIDTH, ptToTwip } from './docx-units';

type TableBlock = Extract<BodyBlock, { kind: 'table' }>;

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const BORDERS = {
  top: LINE,
  bottom: LINE,
  left: LINE,
  right: LINE,
  insideHorizontal: LINE,
  insideVertical: LINE,
};

/** Column widths in twips from the model's percentages, or equal columns when they don't fit. */
export function columnWidths(count: number, percents?: number[]): number[] {
  const usable =
    percents && percents.length === count && percents.every((p) => p > 0) ? percents : undefined;
  const weights = usable ?? Array.from({ length: count }, () => 1);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return weights.map((weight) => Math.floor((TEXT_WIDTH * weight) / total));
}

function cell(text: string, width: number, header: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: header ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
    children: [
      new Paragraph({
        alignment: header ? AlignmentType.CENTER : AlignmentType.LEFT,
        spacing: { before: ptToTwip(2), after: ptToTwip(2), ...SINGLE_LINE },
        indent: { firstLine: 0 },
        children: textRuns(text, { size: SIZE.table, bold: header }),
      }),
    ],
  });
}

/**
 * A bordered table of the body. The header row repeats on every page and rows may split across
 * pages, so a plan with hundreds of activities flows over pages instead of leaving gaps.
 */
export function bodyTable(block: TableBlock): Table {
  const widths = columnWidths(block.columns.length, block.widths);
  const rowOf = (texts: string[], header: boolean): TableRow =>
    new TableRow({
      // Written only on the header row; other rows carry no w:tblHeader at all.
      tableHeader: header ? true : undefined,
      children: widths.map((width, index) => cell(texts[index] ?? '', width, header)),
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    margins: { left: ptToTwip(4), right: ptToTwip(4) },
    rows: [rowOf(block.columns, true), ...block.rows.map((row) => rowOf(row, false))],
  });
}
