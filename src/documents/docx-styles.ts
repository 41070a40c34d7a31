import { LineRuleType, TextRun, type IRunOptions } from 'docx';
import { ptToHalfPoints, ptToTwip, cmToTwip } from './docx-units';

/** The decree's typeface; set on every run too, so viewers without the style defaults agree. */
export const FONT = 'Times New Roman';

/** Font sizes in points for each part of the layout (document-format.md). */
export const SIZE = {
  body: 14,
  headerBody: 13,
  numberLine: 13,
  nationalName: 13,
  motto: 14,
  dateLine: 14,
  title: 14,
  table: 13,
  signature: 14,
  recipientsLabel: 12,
  recipients: 11,
  pageNumber: 14,
  /** The empty paragraphs that carry a rule: as thin as a line can be. */
  rule: 1,
} as const;

/**
 * Single line spacing (240 = one line of the font). The rule is written out: LibreOffice reads a
 * `w:line` without `w:lineRule` as exactly 12 pt, which packs 14 pt Vietnamese lines into each
 * other's diacritics (the spec says the default is auto; Word agrees, LibreOffice does not).
 */
export const SINGLE_LINE = { line: 240, lineRule: LineRuleType.AUTO } as const;

export const BODY_SPACING = {
  /** Single line spacing with 6 pt after, the value Loa picked from the decree's range. */
  ...SINGLE_LINE,
  after: ptToTwip(6),
  before: 0,
} as const;

export const FIRST_LINE_INDENT = cmToTwip(1.27);

export interface RunStyle {
  size: number;
  bold?: boolean;
  italics?: boolean;
}

/**
 * Runs for a text that may hold line breaks ("\n"): models word multi-line parts such as a long
 * trích yếu or an issuing body as plain strings, and a line break keeps them in one paragraph.
 */
export function textRuns(text: string, style: RunStyle): TextRun[] {
  return text.split('\n').map((line, index) => {
    // Typed as run options: TextRun also takes a bare string, whose `bold` would be String's.
    const options: IRunOptions = {
      text: line,
      font: FONT,
      size: ptToHalfPoints(style.size),
      bold: style.bold,
      italics: style.italics,
      color: '000000',
      break: index === 0 ? undefined : 1,
    };
    return new TextRun(options);
  });
}

/** Document-wide defaults, so that text typed later into the exported file keeps the format. */
export const DOCUMENT_STYLES = {
  default: {
    document: {
      run: { font: FONT, size: ptToHalfPoints(SIZE.body), color: '000000' },
      paragraph: { spacing: BODY_SPACING },
    },
  },
} as const;
