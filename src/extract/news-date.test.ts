import { describe, expect, it } from 'vitest';
import { findFrame } from './frame';
import { toLines } from './lines';
import { findNewsDate } from './news-date';
import { stampOn } from './news-stamp';

const HEADLINE = 'Phường Vỹ Dạ triển khai công tác tuyên truyền bầu cử đại biểu Quốc hội khóa XVI';
const newsDate = (text: string): string | null =>
  findNewsDate(findFrame(toLines(text)))?.value ?? null;

describe('news publication date', () => {
  it.each([
    ['Ngày 02/04/2021 08:55:06', '2021-04-02'],
    ['14:20 | 05/03/2021', '2021-03-05'],
    ['05/03/2021 - 10:15', '2021-03-05'],
    ['Cập nhật lúc: 22/04/2016 456', '2016-04-22'],
    ['Ngày đăng 16/03/2021 | 10:03 | View count: 6082', '2021-03-16'],
    ['11/05/2021 0 0', '2021-05-11'],
    ['Thu Hà - 14:20 | 05/03/2021', '2021-03-05'],
    ['(2/17/2016 2:23:28 PM)', '2016-02-17'],
    ['( Cập nhật lúc: 12/05/2021  )', '2021-05-12'],
    ['Cập nhật ngày: 23/02/2016 - 05:30', '2016-02-23'],
    ['08 03 2026', '2026-03-08'],
    ['Ngày đăng bài: 04/07/2022', '2022-07-04'],
    ['02/03/2021 16:30 Số lượt xem: 217', '2021-03-02'],
    // The time zone bare or bracketed, the page's text-size buttons after it.
    ['05:56 | 21/05/2021 GMT+7', '2021-05-21'],
    ['Thứ 7, 21/05/2016 | 00:00:00 [GMT +7] A A', '2016-05-21'],
    // A section's name before the label; a byline of names joined by a dash.
    ['Chính trị - Ngày đăng : 15:33, 20/05/2021', '2021-05-20'],
    ['Phan Thanh - Thu Huyền 16:42 15/09/2025', '2025-09-15'],
  ])('reads "%s" under the headline', (stamp, iso) => {
    expect(
      newsDate(`${HEADLINE}\n${stamp}\nNội dung bài viết về công tác bầu cử tại địa phương.`),
    ).toBe(iso);
  });

  it("reads a labelled stamp that opens an item of the page's list", () => {
    expect(newsDate(`${HEADLINE}\n  • Cập nhật: 14/04/2021\nNội dung.`)).toBe('2021-04-14');
    expect(newsDate(`${HEADLINE}\n  • Thời gian đăng: 09/05/2021 07:10:02 AM\nNội dung.`)).toBe(
      '2021-05-09',
    );
  });

  it('reads a stamp with its time just above the headline, when none is under it', () => {
    expect(newsDate(`03/05/2021 - 09:12\n\n${HEADLINE}\nNội dung.`)).toBe('2021-05-03');
    // A bare date or a weekday there is the site's "today" banner.
    expect(newsDate(`CỔNG THÔNG TIN XÃ TÂN LẬP\n15/06/2021\n${HEADLINE}\nNội dung.`)).toBeNull();
    expect(newsDate(`Thứ Hai, 06/12/2026 08:00\n${HEADLINE}\nNội dung.`)).toBeNull();
    // With its time zone it is the article's, past a line with no words.
    expect(newsDate(`Thứ Tư, 24/02/2021, 16:47 (GMT+7)\n.\n\n${HEADLINE}\nNội dung.`)).toBe(
      '2021-02-24',
    );
    // The stamp under the headline wins over anything above it.
    expect(newsDate(`15/06/2021 07:00\n${HEADLINE}\n11/05/2021 08:30\nNội dung.`)).toBe(
      '2021-05-11',
    );
    // A dated item of a list under the lead is no stamp.
    expect(
      newsDate(`${HEADLINE}\nNgày 10/5, Đảng ủy phường họp bàn công tác.\n- Ngày 20/05/2021`),
    ).toBeNull();
  });

  it('reads a stamp under a row of print and share buttons', () => {
    expect(
      newsDate(
        `${HEADLINE}\n\nBản in | Quay lại | A+ A A- | Đọc bài viết\n\nThứ 5, ngày 11/02/2021 | 08:03 AM (GMT +7)\nNội dung.`,
      ),
    ).toBe('2021-02-11');
  });

  it('reads a stamp printed at the end of the headline', () => {
    expect(newsDate(`${HEADLINE} [10/05/2016]\nNội dung.`)).toBe('2016-05-10');
    expect(newsDate(`${HEADLINE} (13/03/2026, 15:05)\nNội dung.`)).toBe('2026-03-13');
    expect(newsDate(`${HEADLINE} 16/02/2026 10:15\nNội dung.`)).toBe('2026-02-16');
  });

  it('reads an exported ISO date label', () => {
    expect(
      newsDate(`date 2025-12-27 Chiều 26/12, Tiểu ban họp bàn công tác tuyên truyền bầu cử.`),
    ).toBe('2025-12-27');
  });

  it('lets the lead date tell month/day from day/month', () => {
    const text = `${HEADLINE}\nCập nhật lúc : 14:54 03/11/2026\nNgày 10/3, Đảng ủy phường tổ chức hội nghị.`;
    expect(newsDate(text)).toBe('2026-03-11');
    const dayFirst = `${HEADLINE}\n11/05/2021\nNgày 08/5, Tỉnh đoàn tổ chức diễn đàn cử tri trẻ.`;
    expect(newsDate(dayFirst)).toBe('2021-05-11');
  });

  it('dates a letter kept with its state header by its date line', () => {
    const letter = [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'V/v tiếp tục triển khai các công việc chuẩn bị tổ chức bầu cử',
      'Hà Nội, ngày 24 tháng 2 năm 2021',
      'Kính gửi:',
      'Đến nay, các địa phương đều đã tổ chức xong hội nghị hiệp thương lần thứ nhất.',
    ].join('\n');
    expect(newsDate(letter)).toBe('2021-02-24');
    expect(findFrame(toLines(letter)).titleLines.map((l) => l.text)).toEqual([
      'tiếp tục triển khai các công việc chuẩn bị tổ chức bầu cử',
    ]);
  });

  it('reads no byline out of a sentence with a time in it', () => {
    expect(
      newsDate(`${HEADLINE}\nHội nghị khai mạc lúc 8h30 ngày 15/3/2021\nNội dung.`),
    ).toBeNull();
  });

  it('reads a stamp followed by a long run of digits without backtracking', () => {
    // Counters need a separator each: a run of 40 digits has one reading, not 2^40.
    expect(stampOn(`01/01/2021 ${'1'.repeat(40)}x`, 'line')).toBeNull();
    expect(stampOn('11/05/2021 0 0', 'line')?.year).toBe(2021);
  });

  it('gives null for an activity date or the site header date', () => {
    expect(newsDate(`${HEADLINE}\n8 3 2026\nNội dung bài viết.`)).toBeNull();
    expect(newsDate(`${HEADLINE}\nCập nhật ngày: 23/02\nNội dung bài viết.`)).toBeNull();
    expect(newsDate(`${HEADLINE}\nNgày 26/3, Tiểu ban tổ chức hội nghị.`)).toBeNull();
    expect(
      newsDate(`${HEADLINE}\nNgày 26/3/2021, Tiểu ban tổ chức hội nghị tuyên truyền.`),
    ).toBeNull();
    expect(newsDate(`Thứ Sáu, ngày 12/03/2021\n${HEADLINE}\nNội dung bài viết.`)).toBeNull();
  });
});
