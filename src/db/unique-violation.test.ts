import { describe, expect, test } from 'vitest';
import { uniqueViolation, uniqueViolationMessage } from './unique-violation';

describe('uniqueViolation', () => {
  test('finds 23505 under the wrappers a driver or the ORM adds, with its index', () => {
    const pg = Object.assign(new Error('duplicate key'), {
      code: '23505',
      constraint: 'units_sibling_name_idx',
    });
    expect(uniqueViolation(new Error('Failed query', { cause: pg }))).toEqual({
      constraint: 'units_sibling_name_idx',
    });
    expect(uniqueViolationMessage('units_sibling_name_idx')).toContain('cùng tên');
  });

  test('other errors are not unique violations; an unknown index still reads in Vietnamese', () => {
    expect(uniqueViolation(Object.assign(new Error('x'), { code: '23503' }))).toBeNull();
    expect(uniqueViolation(new Error('x'))).toBeNull();
    expect(uniqueViolationMessage(null)).toMatch(/tải lại/);
  });
});
