import { Table, TableBorders, TableLayoutType, TableRow, WidthType } from 'docx';
import type { Paragraph } from 'docx';
import type { Signature } from './document-model';
import { cellLine, layoutCell } from './docx-cells';
import { SIZE } from './docx-styles';
import { TEXT_WIDTH, cmToTwip, ptToTwip } from './docx-units';

export const RECIPIENTS_LABEL = 'Nơi nhận:';

const LEFT_WIDTH = Math.round(TEXT_WIDTH * 0.45);
const RIGHT_WIDTH = TEXT_WIDTH - LEFT_WIDTH;

/** Room for the handwritten signature and the round seal over it. */
const SIGNING_SPACE = cmToTwip(2.5);

const upper = (text: string): string => text.toLocaleUpperCase('vi-VN');

function recipientsColumn(recipients: string[]): Paragraph[] {
  return [
    cellLine(
      RECIPIENTS_LABEL,
      { size: SIZE.recipientsLabel, bold: true, italics: true },
      {
        align: 'left',
      },
    ),
    ...recipients.map((line) => cellLine(line, { size: SIZE.recipients }, { align: 'left' })),
  ];
}

function signatureColumn(signature: Signature): Paragraph[] {
  const bold = { size: SIZE.signature, bold: true };
  const authority = signature.authority.trim();
  return [
    ...(authority === '' ? [] : [cellLine(upper(authority), bold)]),
    cellLine(upper(signature.position), bold),
    cellLine(signature.signer, bold, { before: SIGNING_SPACE }),
  ];
}

/**
 * The closing block: "Nơi nhận:" and the recipients on the left, the signature block on the
 * right, in a borderless table so that both start on the same line as the decree shows them.
 * The row may not split, so the signer's name never lands on a page apart from the position.
 */
export function signatureTable(signature: Signature, recipients: string[]): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [LEFT_WIDTH, RIGHT_WIDTH],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { left: 0, right: 0, top: ptToTwip(6), bottom: 0 },
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          layoutCell(LEFT_WIDTH, recipientsColumn(recipients)),
          layoutCell(RIGHT_WIDTH, signatureColumn(signature)),
        ],
      }),
    ],
  });
}
