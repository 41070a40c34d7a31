// pdf-lib's PDFString.of writes each character code as one byte and escapes nothing, but the
// signature dictionary's /Name and /Reason carry Vietnamese text. A PDF text string outside
// ASCII is UTF-16BE after a byte order mark; this builds that as a byte string, escaping the
// bytes a literal string cannot hold raw (unbalanced parentheses, backslash, line ends).

const ESCAPES: Record<number, string> = {
  0x28: '\\(',
  0x29: '\\)',
  0x5c: '\\\\',
  0x0a: '\\n',
  0x0d: '\\r',
};

function escaped(bytes: Iterable<number>): string {
  let out = '';
  for (const byte of bytes) out += ESCAPES[byte] ?? String.fromCharCode(byte);
  return out;
}

/** `text` as the inside of a PDF literal string, for PDFString.of. */
export function pdfTextLiteral(text: string): string {
  // Printable ASCII reads the same in PDFDocEncoding, so it stays readable in the file.
  if (/^[\x20-\x7e]*$/.test(text)) return escaped(Buffer.from(text, 'latin1'));
  const utf16 = Buffer.from(text, 'utf16le').swap16();
  return escaped(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16]));
}
