import { describe, expect, test } from 'vitest';
import type { UnitKind } from '../units/unit';
import { activityRowsFromTable, planActivityImport, statedQuantity } from './activity-import';
import { BUILTIN_CATEGORIES } from './catalogue';

describe('statedQuantity', () => {
  test.each([
    ['170', null, '170'],
    ['trên 170', 'over', '170'],
    ['Trên  60', 'over', '60'],
    ['khoảng 1.200', 'about', '1.200'],
    ['it nhat 5', 'at_least', '5'],
    ['ít  nhất 5', 'at_least', '5'],
    ['trên', null, 'trên'],
  ])('%s', (text, approx, number) => {
    expect(statedQuantity(text)).toEqual({ approx, number });
  });
});

describe('planActivityImport', () => {
  const ctx = {
    today: '2022-06-30',
    findUnit: (text: string) =>
      text === 'Phường Cẩm Bình' ? { id: 'u1', kind: 'commune' as UnitKind } : null,
    categories: BUILTIN_CATEGORIES,
  };
  const plan = (rows: string[][]) => {
    const { rows: read } = activityRowsFromTable([
      ['ngay', 'don_vi', 'kenh', 'loai', 'so_luong', 'kenh_khac', 'noi_dang'],
      ...rows,
    ]);
    return planActivityImport(read, ctx);
  };

  test('a count too large to hold exactly is refused without quoting another number', () => {
    const { planned, errors } = plan([
      ['26/03/2021', 'Phường Cẩm Bình', 'loudspeaker', 'luot_phat', '99999999999999999999', '', ''],
    ]);
    expect(planned).toEqual([]);
    expect(errors).toEqual([
      expect.objectContaining({
        line: 2,
        field: 'so_luong',
        message: expect.stringContaining('Số lượng này'),
      }),
    ]);
    expect(errors[0]?.message).not.toContain('100.000.000');
  });

  test('one figure over two channels keeps both, main channel first in catalogue order', () => {
    const { planned, errors } = plan([
      ['26/03/2021', 'Phường Cẩm Bình', 'radio', 'tin_bai', 'trên 84', 'Truyền hình', ''],
    ]);
    expect(errors).toEqual([]);
    expect(planned[0]).toMatchObject({
      channel: 'radio',
      extraChannels: ['television'],
      approx: 'over',
      quantity: 84,
      outlet: null,
    });
  });

  test('an outlet is kept as written', () => {
    const { planned } = plan([
      [
        '26/03/2021',
        'Phường Cẩm Bình',
        'social_media',
        'tin_bai',
        '53',
        '',
        'fanpage Truyền hình Hạ Long',
      ],
    ]);
    expect(planned[0]).toMatchObject({ outlet: 'fanpage Truyền hình Hạ Long', approx: null });
  });

  test('a bad other channel, the main channel repeated, or a bare "trên" is named by column', () => {
    const { planned, errors } = plan([
      ['26/03/2021', 'Phường Cẩm Bình', 'radio', 'tin_bai', '3', 'Tivi', ''],
      ['26/03/2021', 'Phường Cẩm Bình', 'radio', 'tin_bai', '3', 'radio', ''],
      ['26/03/2021', 'Phường Cẩm Bình', 'radio', 'tin_bai', 'trên', '', ''],
    ]);
    expect(planned).toEqual([]);
    expect(errors.map((e) => [e.line, e.field])).toEqual([
      [2, 'kenh_khac'],
      [3, 'kenh_khac'],
      [4, 'so_luong'],
    ]);
  });
});
