import { expect, test } from 'vitest';
import type { Unit } from '../units/unit';
import { unitRecord } from '../../../test/support/unit-record';
import { matchUnitByName } from './match-unit';

const unit = (name: string, shortName: string | null = null): Unit =>
  unitRecord(name, { shortName });
const ward = [
  unit('Bộ phận Văn hóa - Xã hội phường Cẩm Bình', 'Bộ phận VHXH'),
  unit('Ủy ban MTTQ phường Cẩm Bình', 'UB MTTQ phường'),
  unit('Khu phố 1'),
  unit('Khu phố 2'),
];

test('names as plans write them find the unit despite dashes, case and the ward suffix', () => {
  expect(matchUnitByName('Bộ phận Văn hóa Xã hội', ward)?.name).toBe(
    'Bộ phận Văn hóa - Xã hội phường Cẩm Bình',
  );
  expect(matchUnitByName('Ủy ban MTTQ phường', ward)?.name).toBe('Ủy ban MTTQ phường Cẩm Bình');
});

test('an ambiguous or unknown name is left for the user to choose', () => {
  expect(matchUnitByName('Khu phố', ward)).toBeNull();
  // Addressed to two bodies at once: the user chooses.
  expect(matchUnitByName('Đề nghị Ủy ban MTTQ và các đoàn thể, các khu phố', ward)).toBeNull();
  expect(matchUnitByName('Các cơ quan, đơn vị trên địa bàn phường', ward)).toBeNull();
  expect(matchUnitByName('Trung tâm Truyền thông', ward)).toBeNull();
});
