import { AlignmentType, Paragraph, TableCell, VerticalAlignTable, WidthType } from 'docx';
import type { RunStyle } from './docx-styles';
import { textRuns, SINGLE_LINE } from './docx-styles';

/** Alignment of a line inside a layout cell; the header and signature centre, recipients don't. */
export type LineAlign = 'center' | 'left';

/** A tight paragraph for the header and signature columns, which carry no first-line indent. */
export function cellLine(
  text: string,
  style: RunStyle,
  options: { align?: LineAlign; before?: number; after?: number } = {},
): Paragraph {
  return new Paragraph({
    alignment: options.align === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER,
    spacing: { before: options.before ?? 0, after: options.after ?? 0, ...SINGLE_LINE },
    indent: { firstLine: 0 },
    children: textRuns(text, style),
  });
}

/** A cell of a borderless layout table (header, signature) with a fixed width in twips. */
export function layoutCell(width: number, children: Paragraph[]): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.TOP,
    children,
  });
}
