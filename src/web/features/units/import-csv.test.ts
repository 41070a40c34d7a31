import { describe, expect, it } from 'vitest';
import { columnOf, rowErrorsFromProblem } from './import-csv';

describe('unit CSV import helpers', () => {
  it('turns an all-or-nothing refusal back into row errors', () => {
    const rows = rowErrorsFromProblem([
      { path: 'rows.5.kind', message: 'Dòng 5: Loại đơn vị "bogus" không hợp lệ.' },
      { path: 'body.rows.7', message: 'Dòng 7: lỗi' },
      { path: 'body.csv', message: 'not a row' },
    ]);
    expect(rows).toEqual([
      { line: 5, field: 'kind', message: 'Dòng 5: Loại đơn vị "bogus" không hợp lệ.' },
      { line: 7, field: '', message: 'Dòng 7: lỗi' },
    ]);
  });

  it('names fields by their CSV column', () => {
    expect(columnOf('parentCode')).toBe('ma_cap_tren');
    expect(columnOf('kind')).toBe('loai');
    expect(columnOf('file')).toBe('file');
  });
});
