import { expect, test } from 'vitest';
import { parseUnitCsv, parseUnitKind } from './unit-csv';

test('kinds are read in Vietnamese with or without diacritics', () => {
  expect(parseUnitKind('Phường')).toBe('commune');
  expect(parseUnitKind('khu pho')).toBe('village');
  expect(parseUnitKind('Tổ dân phố')).toBe('village');
  expect(parseUnitKind('commune')).toBe('commune');
  expect(parseUnitKind('hợp tác xã')).toBeNull();
});

test('rows keep the file line they came from', () => {
  const csv = 'ma;ten;loai;ma_cap_tren\nKP1;Khu phố 1;khu phố;CB\n\nKP2;Khu phố 2;khu phố;CB\n';
  const { rows, fileError } = parseUnitCsv(csv);
  expect(fileError).toBeNull();
  expect(rows.map((r) => [r.line, r.code, r.name, r.parentCode])).toEqual([
    [2, 'KP1', 'Khu phố 1', 'CB'],
    [4, 'KP2', 'Khu phố 2', 'CB'],
  ]);
});

test('a file without the name and kind columns is refused as a whole', () => {
  expect(parseUnitCsv('foo,bar\n1,2\n').fileError).toMatch(/Thiếu cột/);
  expect(parseUnitCsv('').fileError).toMatch(/trống/);
});
