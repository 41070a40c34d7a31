/**
 * What to tell a person whose CSV file csv-parse could not read, in Vietnamese: the parser's own
 * messages are English and name its internals, so each error it can raise on a user's file is
 * said in the user's words, with the line where the parser stopped when that helps.
 */
export function csvReadError(error: unknown): string {
  const code = fieldOf(error, 'code');
  const line = Number(fieldOf(error, 'lines'));
  const at = Number.isInteger(line) && line > 0 ? ` ở dòng ${line}` : '';
  switch (code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      // The parser reports where the file ended, not where the quote opened: no line to give.
      return 'Không đọc được tệp CSV: có một dấu ngoặc kép (") mở mà không đóng lại cho đến hết tệp.';
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return `Không đọc được tệp CSV: có ký tự ngay sau dấu ngoặc kép đóng${at}.`;
    case 'CSV_MAX_RECORD_SIZE':
      return `Không đọc được tệp CSV: một dòng quá dài${at}.`;
    default:
      return `Không đọc được tệp CSV${at}; hãy lưu lại tệp dạng .csv (UTF-8) bằng Excel rồi thử lại.`;
  }
}

const fieldOf = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null && key in value
    ? (value as Record<string, unknown>)[key]
    : undefined;
