import { describe, expect, it } from 'vitest';
import { bestMatch, claimSimilarity, SAME_CASE } from './similarity';

const RUMOUR = 'Bầu cử Trưởng khu phố bị hoãn đến tháng 8 vì dịch bệnh';
const VARIANTS = [
  'Nghe nói bầu cử trưởng khu phố bị hoãn tới tháng 8 vì dịch!!',
  'BAU CU TRUONG KHU PHO BI HOAN DEN THANG 8 VI DICH BENH',
  'bầu cử trưởng khu phố hoãn đến tháng 8 do dịch bệnh',
];
const OTHERS = [
  'Cử tri phải nộp 50.000 đồng khi đi bỏ phiếu',
  'Người không đi bầu sẽ bị cắt chế độ bảo hiểm y tế',
  'Trưởng khu phố được trả lương 20 triệu đồng một tháng',
];

describe('claim grouping by text similarity', () => {
  it('rewordings, missing diacritics and shouting of one rumour are the same case', () => {
    for (const v of VARIANTS)
      expect(claimSimilarity(RUMOUR, v), v).toBeGreaterThanOrEqual(SAME_CASE);
  });

  it('different rumours are different cases', () => {
    for (const o of OTHERS) expect(claimSimilarity(RUMOUR, o), o).toBeLessThan(SAME_CASE);
    expect(claimSimilarity(OTHERS[0] ?? '', OTHERS[1] ?? '')).toBeLessThan(SAME_CASE);
  });

  it('picks the best candidate, or the one with the same link', () => {
    const candidates = [...OTHERS, ...VARIANTS].map((text, i) => ({ id: i, text, link: null }));
    expect(bestMatch({ text: RUMOUR, link: null }, candidates)?.id).toBeGreaterThanOrEqual(3);
    expect(bestMatch({ text: 'hoàn toàn khác', link: null }, candidates)).toBeNull();
    expect(
      bestMatch({ text: 'xem video này', link: 'https://x.example/v/1' }, [
        { id: 9, text: 'một video', link: 'https://x.example/v/1' },
      ])?.id,
    ).toBe(9);
  });
});
