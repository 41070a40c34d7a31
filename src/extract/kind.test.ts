import { describe, expect, it } from 'vitest';
import { findFrame } from './frame';
import { findNumber } from './header';
import { findIssuer } from './issuer';
import { findKind } from './kind';
import { toLines } from './lines';

const frameOf = (lines: string[]) => findFrame(toLines(lines.join('\n')));

const postedPlan = [
  'Kế hoạch bầu cử Tổ trưởng Tổ dân phố nhiệm kỳ 2021 - 2023',
  'Ngày cập nhật 25/02/2021',
  'Uỷ ban nhân dân phường Hương An phối hợp với UBMTTQ phường xây dựng kế hoạch bầu cử như sau:',
  'I/ MỤC ĐÍCH, YÊU CẦU:',
  'Việc bầu cử được tuyên truyền rộng rãi đến các tầng lớp nhân dân trên địa bàn phường.',
];

describe('kind of a page without a state header', () => {
  it("is plan when the text is the plan's own, introducing itself and opening with its aims", () => {
    expect(findKind(frameOf(postedPlan))).toBe('plan');
  });
  it('is news for an article that reports a plan was issued, or for a guidance', () => {
    const article = [...postedPlan];
    article[2] = 'Vừa qua, UBND phường Hương An đã ban hành kế hoạch bầu cử như sau:';
    expect(findKind(frameOf(article))).toBe('news');
    const guidance = [...postedPlan];
    guidance[2] = 'Ban Tuyên giáo Tỉnh ủy hướng dẫn công tác tuyên truyền như sau:';
    expect(findKind(frameOf(guidance))).toBe('news');
    expect(findKind(frameOf(postedPlan.slice(0, 3)))).toBe('news');
  });
});

describe('kind of a document with its own header', () => {
  it("reads a guidance with its header as a plan, as its number says, in the party's form", () => {
    const guidance = [
      'BAN CHẤP HÀNH TRUNG ƯƠNG',
      'BAN TUYÊN GIÁO',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Số: 169-HD/BTGTW',
      'Hà Nội, ngày 15 tháng 1 năm 2016',
      'HƯỚNG DẪN',
      'TUYÊN TRUYỀN CUỘC BẦU CỬ ĐẠI BIỂU QUỐC HỘI KHOÁ XIV',
      'Thực hiện Chỉ thị 51-CT/TW ngày 4/1/2016 của Bộ Chính trị.',
    ];
    const frame = frameOf(guidance);
    expect(findKind(frame)).toBe('plan');
    expect(findNumber(frame)?.value).toBe('169-HD/BTGTW');
    expect(frame.titleLines.map((l) => l.text)).toEqual([
      'TUYÊN TRUYỀN CUỘC BẦU CỬ ĐẠI BIỂU QUỐC HỘI KHOÁ XIV',
    ]);
    // Without its type line, the number's symbol says the same.
    expect(findKind(frameOf(guidance.filter((l) => l !== 'HƯỚNG DẪN')))).toBe('plan');
  });
});

describe('issuer from the introducing sentence', () => {
  it('takes the body that writes the plan, without its partner', () => {
    expect(findIssuer(frameOf(postedPlan))?.value).toBe('UBND phường Hương An');
  });
  it('prefers it to upper-case site chrome above a bare type line', () => {
    const page = [
      'TRUNG TÂM GIÁM SÁT ĐIỀU HÀNH ĐÔ THỊ THÔNG MINH',
      'KẾ HOẠCH Triển khai công tác bầu cử Tổ trưởng tổ dân phố',
      'Ủy ban Nhân dân thị trấn Sịa xây dựng kế hoạch triển khai công tác bầu cử như sau:',
    ];
    expect(findIssuer(frameOf(page))?.value).toBe('UBND thị trấn Sịa');
  });
  it('gives nothing on a page that names no body', () => {
    expect(findIssuer(frameOf(['Bầu cử Trưởng thôn', 'Cử tri đi bầu đông đủ.']))).toBeNull();
  });
});
