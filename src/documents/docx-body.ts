import { AlignmentType, Paragraph } from 'docx';
import type { Table } from 'docx';
import type { BodyBlock } from './document-model';
import { BODY_SPACING, FIRST_LINE_INDENT, SIZE, textRuns } from './docx-styles';
import type { RunStyle } from './docx-styles';
import { bodyTable } from './docx-table';

type HeadingLevel = Extract<BodyBlock, { kind: 'heading' }>['level'];

/** "I." and "1." headings are bold, "a)" headings italic (document-format.md, Body). */
function headingStyle(level: HeadingLevel): RunStyle {
  switch (level) {
    case 1:
    case 2:
      return { size: SIZE.body, bold: true };
    case 3:
      return { size: SIZE.body, italics: true };
  }
}

function bodyParagraph(
  text: string,
  style: RunStyle,
  options: { lead?: string; keepNext?: boolean } = {},
): Paragraph {
  const lead = options.lead ? textRuns(`${options.lead.trimEnd()} `, { ...style, bold: true }) : [];
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: FIRST_LINE_INDENT },
    spacing: BODY_SPACING,
    keepNext: options.keepNext,
    children: [...lead, ...textRuns(text, style)],
  });
}

/** The models give a bullet's text without its dash, but tolerate one typed in already. */
function bulletText(text: string): string {
  return /^[-–]\s/.test(text) ? text : `- ${text}`;
}

function renderBlock(block: BodyBlock): Paragraph | Table {
  const plain: RunStyle = { size: SIZE.body };
  switch (block.kind) {
    case 'heading':
      // A heading is kept with what follows so it never ends a page alone.
      return bodyParagraph(block.text, headingStyle(block.level), { keepNext: true });
    case 'paragraph':
      return bodyParagraph(block.text, plain, { lead: block.lead });
    case 'bullet':
      // The dash opens the line, so it goes before a run-in lead when there is one.
      return block.lead
        ? bodyParagraph(block.text, plain, { lead: bulletText(block.lead) })
        : bodyParagraph(bulletText(block.text), plain);
    case 'table':
      return bodyTable(block);
  }
}

/** The body in order: justified 14 pt paragraphs with a 1.27 cm first-line indent, and tables. */
export function bodyBlocks(blocks: BodyBlock[]): Array<Paragraph | Table> {
  return blocks.flatMap((block, index) =>
    // Word merges two tables that touch, so a paragraph keeps consecutive tables apart.
    block.kind === 'table' && blocks[index - 1]?.kind === 'table'
      ? [spacer(), renderBlock(block)]
      : [renderBlock(block)],
  );
}

/** An empty paragraph that only keeps two tables apart. */
export function spacer(): Paragraph {
  return new Paragraph({ spacing: { before: 0, after: 0 }, children: [] });
}
