import { AlignmentType, BorderStyle, LineRuleType, Paragraph } from 'docx';
import { ptToHalfPoints, ptToTwip } from './docx-units';
import { SIZE } from './docx-styles';
import { stripMarks } from '../domain/shared/text';

/**
 * Advance widths of Times New Roman Bold (Adobe Times-Bold metrics, 1/1000 em) for the basic
 * Latin letters; every rule in the decree's layout sits under bold text, so only bold is needed.
 */
const UPPER = [
  722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556,
  667, 722, 722, 1000, 722, 722, 667,
];
const LOWER = [
  500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389,
  333, 556, 500, 722, 500, 500, 444,
];
const OTHER: Record<string, number> = { ' ': 250, '-': 333, ',': 250, '.': 250, ':': 333 };
const DIGIT = 500;

/** Height of the paragraph that carries a rule, which is the gap between text and rule. */
const RULE_LINE_PT = 4;

function glyphWidth(char: string): number {
  // Vietnamese letters are a base letter with marks that take no width of their own.
  const base = stripMarks(char);
  const code = base.charCodeAt(0);
  if (code >= 65 && code <= 90) return UPPER[code - 65] ?? DIGIT;
  if (code >= 97 && code <= 122) return LOWER[code - 97] ?? DIGIT;
  return OTHER[base] ?? DIGIT;
}

/** Width in twips of one line of bold Times New Roman text at `sizePt`, from the font's metrics. */
export function boldTextWidth(text: string, sizePt: number): number {
  const em = Array.from(text).reduce((sum, char) => sum + glyphWidth(char), 0) / 1000;
  return Math.round(em * sizePt * 20);
}

/** Widths of the lines one paragraph wraps into, word by word, in a column `columnWidth` wide. */
function wrappedWidths(paragraph: string, sizePt: number, columnWidth: number): number[] {
  const widths: number[] = [];
  let line = '';
  for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && boldTextWidth(candidate, sizePt) > columnWidth) {
      widths.push(boldTextWidth(line, sizePt));
      line = word;
    } else {
      line = candidate;
    }
  }
  widths.push(boldTextWidth(line, sizePt));
  return widths;
}

/** The widest line a bold text takes in a column, after its own breaks and word wrapping. */
export function lineWidthIn(text: string, sizePt: number, columnWidth: number): number {
  const widths = text.split('\n').flatMap((part) => wrappedWidths(part, sizePt, columnWidth));
  return Math.min(Math.max(...widths), columnWidth);
}

/**
 * A centred horizontal rule `width` twips long in a column `columnWidth` wide: an empty, very
 * small paragraph whose bottom border is the line, narrowed by equal indents. A border rather
 * than a drawn shape keeps the rule in the text flow, so it prints the same in Word and LibreOffice.
 */
export function ruleParagraph(width: number, columnWidth: number, spaceAfter = 0): Paragraph {
  const indent = Math.max(0, Math.round((columnWidth - width) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: indent, right: indent },
    // An exact tiny line height: LibreOffice sizes an empty paragraph by the style's font, not
    // by its paragraph mark, which would leave a whole blank line above the rule.
    spacing: {
      before: 0,
      after: spaceAfter,
      line: ptToTwip(RULE_LINE_PT),
      lineRule: LineRuleType.EXACT,
    },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    run: { size: ptToHalfPoints(SIZE.rule) },
    children: [],
  });
}
