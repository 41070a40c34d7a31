import { getDocumentProxy } from 'unpdf';

/** Where the signature block of a state-format document sits, in PDF points from bottom left. */
export interface SignatureBlock {
  /** False when the signer's name was not found and the lower right corner is used instead. */
  found: boolean;
  /** Horizontal centre of the signer's name: the signature image is centred on it. */
  centreX: number;
  /** Baseline and font size of the line with the signer's name. */
  nameBaseline: number;
  nameSize: number;
  /** Baseline of the position line ("CHỦ TỊCH") above the signing space, when found. */
  positionBaseline: number | null;
}

/** A run of consecutive text pieces on one baseline: usually one line of one table cell. */
interface TextRun {
  text: string;
  left: number;
  right: number;
  baseline: number;
  size: number;
}

interface Piece {
  str: string;
  transform: number[];
  width: number;
}

/** pdf.js types a text item's matrix as any[]; this keeps only its numbers. */
function toPiece(item: object): Piece[] {
  if (!('str' in item) || !('transform' in item) || !('width' in item)) return [];
  const { str, width } = item;
  const transform: unknown = item.transform;
  if (typeof str !== 'string' || typeof width !== 'number' || !Array.isArray(transform)) return [];
  return [
    { str, width, transform: transform.map((n: unknown) => (typeof n === 'number' ? n : 0)) },
  ];
}

const comparable = (text: string): string =>
  text.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleUpperCase('vi-VN');

/** The position line sits at most this far above the name: the decree's signing space and more. */
const MAX_SIGNING_SPACE = 160;

/**
 * Joins pieces into runs. A piece starts a new run when it leaves the baseline or jumps far to
 * the side, so "- Lưu: VT." in the recipients column never merges with the signer's name that
 * LibreOffice happens to put on almost the same baseline in the next column.
 */
function textRuns(pieces: Piece[]): TextRun[] {
  const runs: TextRun[] = [];
  let current: TextRun | null = null;
  for (const piece of pieces) {
    const [a = 0, b = 0, , , x = 0, y = 0] = piece.transform;
    const size = Math.hypot(a, b);
    const sameLine =
      current !== null &&
      Math.abs(current.baseline - y) < 0.5 &&
      x - current.right < Math.max(size, current.size) * 2;
    if (current !== null && sameLine) {
      current.text += piece.str;
      current.right = Math.max(current.right, x + piece.width);
      continue;
    }
    current = { text: piece.str, left: x, right: x + piece.width, baseline: y, size };
    runs.push(current);
  }
  return runs;
}

function locate(runs: TextRun[], signerName: string, signerPosition: string) {
  const name = comparable(signerName);
  const position = comparable(signerPosition);
  // The lowest mention of the name: the same name may also appear in the body text.
  const nameRun = runs
    .filter((run) => name !== '' && comparable(run.text).includes(name))
    .sort((x, y) => x.baseline - y.baseline)[0];
  if (nameRun === undefined) return null;
  const positionRun = runs
    .filter(
      (run) =>
        position !== '' &&
        run.baseline > nameRun.baseline &&
        run.baseline - nameRun.baseline <= MAX_SIGNING_SPACE &&
        comparable(run.text).includes(position),
    )
    .sort((x, y) => x.baseline - y.baseline)[0];
  return { nameRun, positionRun };
}

/**
 * Finds the signer's name and position on the last page with pdf.js text positions; when the
 * name is not there (a scanned or unusual layout) falls back to the lower right of the page.
 */
export async function findSignatureBlock(
  pdf: Uint8Array,
  signerName: string,
  signerPosition: string,
): Promise<SignatureBlock> {
  // pdf.js may take over the buffer it is given, so it gets a copy.
  const document = await getDocumentProxy(new Uint8Array(pdf));
  try {
    const page = await document.getPage(document.numPages);
    const content = await page.getTextContent();
    const pieces = content.items.flatMap(toPiece);
    const found = locate(textRuns(pieces), signerName, signerPosition);
    if (found === null) {
      const [left = 0, bottom = 0, right = 595] = page.view;
      return {
        found: false,
        centreX: left + (right - left) * 0.72,
        nameBaseline: bottom + 110,
        nameSize: 14,
        positionBaseline: bottom + 190,
      };
    }
    const { nameRun, positionRun } = found;
    return {
      found: true,
      centreX: (nameRun.left + nameRun.right) / 2,
      nameBaseline: nameRun.baseline,
      nameSize: nameRun.size,
      positionBaseline: positionRun?.baseline ?? null,
    };
  } finally {
    await document.destroy();
  }
}
