import { expect, test } from 'vitest';
import { civilDate, formatDateVi } from './dates';

test('an instant late in the UTC evening is already the next day in Vietnam', () => {
  expect(civilDate(new Date('2022-06-04T18:30:00Z'))).toBe('2022-06-05');
  expect(civilDate(new Date('2022-06-04T16:59:59Z'))).toBe('2022-06-04');
});

test('dates read dd/MM/yyyy', () => {
  expect(formatDateVi('2022-04-06')).toBe('06/04/2022');
  expect(formatDateVi(new Date('2022-06-04T18:30:00Z'))).toBe('05/06/2022');
});
