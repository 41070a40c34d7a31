import { expect, test } from 'vitest';
import type { Unit } from './unit';
import { parseUnitCsv } from './unit-csv';
import { planUnitImport } from './unit-import-plan';

const ward: Unit = {
  id: 'w',
  parentId: null,
  path: '/w/',
  depth: 0,
  name: 'Phường Cẩm Bình',
  shortName: null,
  kind: 'commune',
  code: 'CB',
  active: true,
  version: 1,
  createdAt: new Date(0),
  updatedAt: new Date(0),
};

const plan = (csv: string) => planUnitImport(parseUnitCsv(csv).rows, new Map([['CB', ward]]), ward);

test('rows may name a parent that comes later in the file; parents are created first', () => {
  const { planned, errors } = plan(
    'ma,ten,loai,ma_cap_tren\nT1,Tổ 1,tổ dân phố,KP1\nKP1,Khu phố 1,khu phố,CB\n',
  );
  expect(errors).toEqual([]);
  expect(planned.map((p) => p.code)).toEqual(['KP1', 'T1']);
});

test('each bad row is reported by line and field, good rows stay planned', () => {
  const { planned, errors } = plan(
    'ma,ten,loai,ma_cap_tren\nKP1,Khu phố 1,khu phố,\nKP1,Khu phố 1 bis,khu phố,\nKP3,X,khu phố,\nKP4,Khu phố 4,hợp tác xã,\nKP5,Khu phố 5,khu phố,ZZ\nCB,Trùng,khu phố,\n',
  );
  expect(planned.map((p) => p.code)).toEqual(['KP1']);
  expect(errors.map((e) => [e.line, e.field])).toEqual([
    [3, 'code'],
    [4, 'name'],
    [5, 'kind'],
    [6, 'parentCode'],
    [7, 'code'],
  ]);
});

test('a row whose parent row is bad is reported too, and cycles are caught', () => {
  const { planned, errors } = plan(
    'ma,ten,loai,ma_cap_tren\nA,Khu A,khu phố,B\nB,Khu B,khu phố,A\n',
  );
  expect(planned).toEqual([]);
  expect(errors.length).toBeGreaterThanOrEqual(2);
});
