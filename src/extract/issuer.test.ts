import { describe, expect, it } from 'vitest';
import { findFrame } from './frame';
import { findIssuer } from './issuer';
import { toLines } from './lines';
import { findRecipients } from './recipients';

const issuerOf = (header: string[]): string | null =>
  findIssuer(findFrame(toLines([...header, 'KẾ HOẠCH', 'Tuyên truyền bầu cử'].join('\n'))))
    ?.value ?? null;

describe('issuer', () => {
  it("writes the people's committee in the short form", () => {
    expect(issuerOf(['ỦY BAN NHÂN DÂN', 'XÃ ĐỨC HỢP'])).toBe('UBND xã Đức Hợp');
  });
  it('takes the own body below its parent', () => {
    expect(issuerOf(['UBND TỈNH QUẢNG NINH', 'TRUNG TÂM TRUYỀN THÔNG TỈNH'])).toBe(
      'Trung tâm truyền thông tỉnh',
    );
    expect(issuerOf(['ĐẢNG BỘ XÃ AN BÌNH', 'CHI BỘ THÔN 3'])).toBe('Chi bộ thôn 3');
  });
  it("names a party committee's Ban with its committee", () => {
    expect(issuerOf(['TỈNH ỦY QUẢNG NAM', 'BAN TUYÊN GIÁO'])).toBe(
      'Ban tuyên giáo Tỉnh ủy Quảng Nam',
    );
    expect(issuerOf(['BAN CHẤP HÀNH TRUNG ƯƠNG', 'BAN TUYÊN GIÁO', 'Số: 169-HD/BTGTW'])).toBe(
      'Ban tuyên giáo Trung ương',
    );
  });
});

describe('recipients from "Kính gửi"', () => {
  it('reads the lines after "Kính gửi:" when there is no Nơi nhận', () => {
    const opening = toLines(
      ['Kính gửi:- BTV Đảng ủy xã', '', '- Ủy ban bầu cử', '', 'Để ngày bầu cử thành công.'].join(
        '\n',
      ),
    );
    expect(findRecipients([], opening).map((r) => r.value.name)).toEqual([
      'BTV Đảng ủy xã',
      'Ủy ban bầu cử',
    ]);
  });
});
