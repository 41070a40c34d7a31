import { AlignmentType, Paragraph } from 'docx';
import type { AdministrativeDocumentModel } from './document-model';
import { lineWidthIn, ruleParagraph } from './docx-rule';
import { SIZE, textRuns, SINGLE_LINE } from './docx-styles';
import { TEXT_WIDTH, ptToTwip } from './docx-units';

export const DRAFT_MARK = 'DỰ THẢO';

/** The decree asks for a rule 1/3 to 1/2 as long as the trích yếu's line. */
const SHORT_RULE_RATIO = 0.4;

function centred(text: string, before: number, after: number): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before, after, ...SINGLE_LINE },
    indent: { firstLine: 0 },
    keepNext: true,
    children: textRuns(text, { size: SIZE.title, bold: true }),
  });
}

/** "DỰ THẢO" for a draft, the type of document, the trích yếu and the short rule under it. */
export function titleBlock(
  model: Pick<AdministrativeDocumentModel, 'documentType' | 'summary' | 'draft'>,
): Paragraph[] {
  const gap = ptToTwip(18);
  const title = model.documentType.toLocaleUpperCase('vi-VN');
  const ruleWidth = lineWidthIn(model.summary, SIZE.title, TEXT_WIDTH) * SHORT_RULE_RATIO;
  return [
    ...(model.draft ? [centred(DRAFT_MARK, gap, 0)] : []),
    centred(title, model.draft ? ptToTwip(6) : gap, 0),
    centred(model.summary, 0, ptToTwip(2)),
    ruleParagraph(ruleWidth, TEXT_WIDTH, ptToTwip(18)),
  ];
}
