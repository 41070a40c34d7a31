import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { csvReadError } from './csv-read-error';

const errorOf = (text: string): unknown => {
  try {
    parse(text);
  } catch (e) {
    return e;
  }
  throw new Error('parsed');
};

describe('csvReadError', () => {
  test('an unclosed quote is said in Vietnamese, without the parser’s English', () => {
    const message = csvReadError(errorOf('a,b\n"x,y\nz,w\n'));
    expect(message).toBe(
      'Không đọc được tệp CSV: có một dấu ngoặc kép (") mở mà không đóng lại cho đến hết tệp.',
    );
  });

  test('a character after a closing quote names the line', () => {
    expect(csvReadError(errorOf('a,b\n1,2\n"x"y,3\n'))).toBe(
      'Không đọc được tệp CSV: có ký tự ngay sau dấu ngoặc kép đóng ở dòng 3.',
    );
  });

  test('anything else still reads as Vietnamese and says what to do', () => {
    expect(csvReadError(new Error('boom'))).toBe(
      'Không đọc được tệp CSV; hãy lưu lại tệp dạng .csv (UTF-8) bằng Excel rồi thử lại.',
    );
  });
});
