import fontkit from '@pdf-lib/fontkit';
import { rgb } from 'pdf-lib';
import type { PDFDocument, PDFFont, PDFPage } from 'pdf-lib';
import type { SignatureBlock } from './signature-block';
import { stampFont } from './stamp-font';

/** [x1, y1, x2, y2] in PDF points, as a signature widget's /Rect takes it. */
export type Rect = [number, number, number, number];

interface Type {
  size: number;
  leading: number;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A People's Committee seal is about 36 mm across; the stamp shows it at real size. */
const SEAL_DIAMETER = (36 / 25.4) * 72;
const SIGNATURE_MAX_WIDTH = 160;
const SIGNATURE_MAX_HEIGHT = 72;
/** Room a signer's image would take when there is none, so the seal still lands where it goes. */
const NO_SIGNATURE_WIDTH = 120;
/** Small type for the signature details under the seal. */
const STAMP_TYPE: Type = { size: 8, leading: 10 };
// The box must fit in the top margin above the national motto (about 50 pt on a plan).
const BOX_TYPE: Type = { size: 7, leading: 8.5 };
const BLACK = rgb(0, 0, 0);

/** Embeds the Unicode font, subset to the glyphs used so the PDF grows by kilobytes only. */
export async function embedStampFont(doc: PDFDocument): Promise<PDFFont> {
  doc.registerFontkit(fontkit);
  return doc.embedFont(await stampFont(), { subset: true });
}

/** The signing space between the position line and the name, with a little air on each side. */
function signingSpace(block: SignatureBlock): { top: number; bottom: number } {
  const bottom = block.nameBaseline + block.nameSize * 0.85;
  const top =
    block.positionBaseline === null
      ? bottom + SIGNATURE_MAX_HEIGHT
      : block.positionBaseline - block.nameSize * 0.25;
  return { top, bottom };
}

/** The signer's image fitted into the signing space, centred on the name. */
function signatureBox(block: SignatureBlock, aspect: number | null): Box {
  const { top, bottom } = signingSpace(block);
  const middle = (top + bottom) / 2;
  let height = Math.min(SIGNATURE_MAX_HEIGHT, Math.max(24, top - bottom));
  let width = aspect === null ? NO_SIGNATURE_WIDTH : height * aspect;
  if (width > SIGNATURE_MAX_WIDTH) {
    width = SIGNATURE_MAX_WIDTH;
    if (aspect !== null) height = width / aspect;
  }
  return { x: block.centreX - width / 2, y: middle - height / 2, width, height };
}

/**
 * The seal covers about the left third of the signature (Nghị định 30/2020, Article 33). When the
 * signing space is lower than the seal, it rises over the position line rather than over the
 * signer's name, which must stay readable.
 */
function sealBox(signature: Box, floor: number): Box {
  const right = signature.x + signature.width / 3;
  const middle = signature.y + signature.height / 2;
  return {
    x: right - SEAL_DIAMETER,
    y: Math.max(middle - SEAL_DIAMETER / 2, floor),
    width: SEAL_DIAMETER,
    height: SEAL_DIAMETER,
  };
}

function union(boxes: Box[]): Rect {
  const x1 = Math.min(...boxes.map((box) => box.x));
  const y1 = Math.min(...boxes.map((box) => box.y));
  const x2 = Math.max(...boxes.map((box) => box.x + box.width));
  const y2 = Math.max(...boxes.map((box) => box.y + box.height));
  return [x1, y1, x2, y2];
}

const textWidth = (font: PDFFont, lines: string[], type: Type): number =>
  Math.max(...lines.map((line) => font.widthOfTextAtSize(line, type.size)));

const textHeight = (lines: string[], type: Type): number =>
  type.size + (lines.length - 1) * type.leading + 2;

/** Draws lines of small black text from a top-left corner and returns the box they fill. */
function drawLines(
  page: PDFPage,
  font: PDFFont,
  lines: string[],
  type: Type,
  corner: { x: number; top: number },
): Box {
  lines.forEach((line, index) => {
    const y = corner.top - type.size - index * type.leading;
    page.drawText(line, { x: corner.x, y, size: type.size, font, color: BLACK });
  });
  const height = textHeight(lines, type);
  return { x: corner.x, y: corner.top - height, width: textWidth(font, lines, type), height };
}

export interface IssuedStampInput {
  block: SignatureBlock;
  signatureImage: Buffer | null;
  sealImage: Buffer | null;
  /** "Ký bởi: …", "Thời gian ký: …", the ISO time. */
  lines: string[];
}

/**
 * Draws the issued document's signature on the page content: the signer's image in the signing
 * space, the unit's seal over its left third, and the signature details under the seal.
 * Returns the rectangle they cover, for the signature widget.
 */
export async function drawIssuedStamp(
  doc: PDFDocument,
  page: PDFPage,
  input: IssuedStampInput,
): Promise<Rect> {
  const font = await embedStampFont(doc);
  const signature = input.signatureImage ? await doc.embedPng(input.signatureImage) : null;
  const seal = input.sealImage ? await doc.embedPng(input.sealImage) : null;
  const signatureArea = signatureBox(
    input.block,
    signature === null ? null : signature.width / signature.height,
  );
  const sealArea = sealBox(signatureArea, signingSpace(input.block).bottom);
  const drawn: Box[] = [];
  if (signature !== null) {
    page.drawImage(signature, signatureArea);
    drawn.push(signatureArea);
  }
  // The seal goes over the signature, as ink of the seal lies over the signature on paper.
  if (seal !== null) {
    page.drawImage(seal, sealArea);
    drawn.push(sealArea);
  }
  const width = textWidth(font, input.lines, STAMP_TYPE);
  // Under the seal, kept inside the page when the block sits near the right edge.
  const x = Math.max(4, Math.min(sealArea.x, page.getWidth() - width - 20));
  const top = Math.min(sealArea.y, input.block.nameBaseline - input.block.nameSize * 0.3) - 2;
  drawn.push(drawLines(page, font, input.lines, STAMP_TYPE, { x, top }));
  return union(drawn);
}

const PAD = 3;

/**
 * Draws the attachment's signature box in the top right corner of the page, where the decree
 * puts an attached document's signature details (no image). Returns the box's rectangle.
 */
export async function drawAttachmentBox(
  doc: PDFDocument,
  page: PDFPage,
  lines: string[],
): Promise<Rect> {
  const font = await embedStampFont(doc);
  const { width: pageWidth, height: pageHeight } = page.getSize();
  const width = textWidth(font, lines, BOX_TYPE) + 2 * PAD;
  const height = textHeight(lines, BOX_TYPE) + 2 * PAD;
  const box: Box = { x: pageWidth - 20 - width, y: pageHeight - 8 - height, width, height };
  page.drawRectangle({ ...box, borderColor: BLACK, borderWidth: 0.5 });
  drawLines(page, font, lines, BOX_TYPE, { x: box.x + PAD, top: box.y + height - PAD });
  return union([box]);
}
