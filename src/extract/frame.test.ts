import { describe, expect, it } from 'vitest';
import { findFrame } from './frame';
import { toLines } from './lines';

const titleOf = (text: string): string =>
  findFrame(toLines(text))
    .titleLines.map((l) => l.text.trim())
    .join(' ');

const HEADER = [
  'UỶ BAN BẦU CỬ HUYỆN MÙ CANG CHẢI',
  'Số: 06/KH-UBBC',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Mù Cang Chải, ngày 10 tháng 3 năm 2016',
];

describe("a plan's title broken across lines", () => {
  it('goes on past a blank line when the title stopped mid-phrase', () => {
    const plan = [
      ...HEADER,
      'KẾ HOẠCH',
      '',
      'Chi tiết tuyên truyền bầu cử đại biểu Quốc hội khóa XIV và',
      '',
      'đại biểu HĐND các cấp huyện Mù Cang Chải nhiệm kỳ 2016 - 2021',
      '',
      'Căn cứ Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân năm 2015;',
    ].join('\n');
    expect(titleOf(plan)).toBe(
      'Chi tiết tuyên truyền bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp huyện Mù Cang Chải nhiệm kỳ 2016 - 2021',
    );
  });
  it('does not take a lower-case line that announces a list as the title', () => {
    const plan = [
      ...HEADER,
      'KẾ HOẠCH',
      'Tuyên truyền bầu cử đại biểu Quốc hội khóa XIV và',
      '',
      'các mục tiêu cụ thể như sau:',
    ].join('\n');
    expect(titleOf(plan)).toBe('Tuyên truyền bầu cử đại biểu Quốc hội khóa XIV và');
  });
  it('stops at a blank line after a whole title', () => {
    const plan = [
      ...HEADER,
      'KẾ HOẠCH',
      'Tuyên truyền bầu cử đại biểu Quốc hội khóa XIV',
      '',
      'Mục đích của kế hoạch là phổ biến sâu rộng Luật Bầu cử.',
    ].join('\n');
    expect(titleOf(plan)).toBe('Tuyên truyền bầu cử đại biểu Quốc hội khóa XIV');
  });
});

describe("a letter's subject over several lines", () => {
  it('stops the subject at a date line whose place has a dot', () => {
    const letter = [
      'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
      'Số: 18/STTTT-BCXB',
      'V/v tuyên truyền bầu cử',
      'TP. Hồ Chí Minh, ngày 10 tháng 3 năm 2021',
      'Kính gửi: các quận, huyện',
    ].join('\n');
    expect(titleOf(letter)).toBe('tuyên truyền bầu cử');
  });
  it('reads the lines under "V/v" up to the motto', () => {
    const letter = [
      'UBND TỈNH VĨNH PHÚC',
      'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
      'Số: 182/STTTT-BCXB',
      'V/v tăng cường tuyên truyền bầu cử đại biểu',
      'Quốc hội khóa XIV và đại biểu HĐND các cấp',
      'nhiệm kỳ 2016 - 2021',
      'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Vĩnh Phúc, ngày 25 tháng 4 năm 2016',
      'Kính gửi: Phòng Văn hóa và Thông tin các huyện, TP, TX',
    ].join('\n');
    expect(titleOf(letter)).toBe(
      'tăng cường tuyên truyền bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp nhiệm kỳ 2016 - 2021',
    );
  });
});

describe("a news page's body", () => {
  it('ends at the chrome after short paragraphs too', () => {
    const page = [
      'Xã A ra quân tuyên truyền bầu cử',
      '',
      'Sáng nay, đoàn viên xã A ra quân tuyên truyền.',
      'Tin liên quan',
      'Xã B đề nghị các thôn sẵn sàng cho ngày bầu cử, và rất nhiều hoạt động khác của các xã trong tỉnh được đăng ở đây.',
    ].join('\n');
    const frame = findFrame(toLines(page));
    expect(frame.lines.slice(frame.bodyStart, frame.bodyEnd).map((l) => l.text)).not.toContain(
      'Tin liên quan',
    );
  });
  it('is not cut by a share bar between the headline and the article', () => {
    const page = [
      'Thanh niên Thủ đô sẵn sàng cho Ngày hội toàn dân',
      '',
      'Thứ Bảy, 15/05/2021',
      '',
      'Chia sẻ Zalo',
      '',
      'Trong những ngày qua, các đội hình thanh niên tình nguyện của quận đã ra quân tuyên truyền về cuộc bầu cử tại các tuyến phố và khu dân cư.',
      'Tin liên quan',
      'Một tin khác của trang',
    ].join('\n');
    const frame = findFrame(toLines(page));
    expect(frame.lines.slice(frame.bodyStart, frame.bodyEnd).map((l) => l.text)).toContain(
      'Trong những ngày qua, các đội hình thanh niên tình nguyện của quận đã ra quân tuyên truyền về cuộc bầu cử tại các tuyến phố và khu dân cư.',
    );
    expect(frame.lines.slice(frame.bodyEnd).map((l) => l.text)).toContain('Tin liên quan');
  });
});
