import { describe, expect, it } from 'vitest';
import { findHeadline } from './headline';
import { toLines } from './lines';

const headline = (text: string): string | null => {
  const lines = toLines(text);
  return lines[findHeadline(lines)]?.text ?? null;
};

const LEAD =
  'Ngày 10/3, Đảng ủy phường tổ chức Hội nghị triển khai các nội dung liên quan công tác bầu cử đại biểu Quốc hội.';

describe('headline of a web page', () => {
  it('skips site chrome above the headline', () => {
    const title = 'Phường Vỹ Dạ triển khai công tác bầu cử đại biểu Quốc hội khóa XVI';
    expect(headline(`Trang chủ > Tin tức > Hoạt động\n${title}\n${LEAD}`)).toBe(title);
    expect(headline(`Xem chi tiết tin\nTin tức - Sự kiện\n${title}\n${LEAD}`)).toBe(title);
    expect(
      headline(
        `Tin tức - sự kiện\nTổng hợp tin tức sự kiện của các đơn vị trực thuộc trên địa bàn quận\nQuay lại\n${title}\n${LEAD}`,
      ),
    ).toBe(title);
    expect(headline(`UỶ BAN BẦU CỬ THỊ TRẤN KIẾN XƯƠNG\nNgày 21/05/2021\n${title}\n${LEAD}`)).toBe(
      title,
    );
  });
  it('finds none when the page starts with its lead or a caption', () => {
    expect(headline(`${LEAD}\nTổ chức 12 điểm tuyên truyền về bầu cử cho hội viên`)).toBeNull();
    expect(
      headline(
        '(GLO)- Hướng tới cuộc bầu cử đại biểu Quốc hội khóa XVI, các cấp Hội Phụ nữ đã triển khai nhiều hoạt động.',
      ),
    ).toBeNull();
    expect(
      headline(
        `Trang trí cờ hoa chào mừng ngày hội bầu cử ở huyện Tương Dương. Ảnh: Đình Tuân\nTheo đó, để cuộc bầu cử đại biểu Quốc hội diễn ra thành công, Ban Tuyên giáo đề nghị các đơn vị bám sát văn bản.`,
      ),
    ).toBeNull();
  });
});
