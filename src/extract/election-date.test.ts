import { describe, expect, it } from 'vitest';
import { findElectionDate } from './election-date';

const voteDate = (text: string, year: number | null = null): string | null =>
  findElectionDate(text, year)?.value ?? null;

describe('election date', () => {
  it.each([
    [
      'ngày bầu cử Tổ trưởng tổ dân phố trên địa bàn phường Phước Hải diễn ra vào Chủ nhật, ngày 15/12/2024;',
      '2024-12-15',
    ],
    ['tạo cao điểm trước, trong và sau ngày bầu cử 15/3/2026.', '2026-03-15'],
    [
      'Cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp, nhiệm kỳ 2026 – 2031 sẽ được tổ chức vào ngày 15/3/2026 trên phạm vi cả nước.',
      '2026-03-15',
    ],
    [
      'để cuộc bầu cử đại biểu Quốc hội khóa XV nhiệm kỳ 2021 - 2026 (tổ chức vào ngày 23/5/2021) diễn ra thành công',
      '2021-05-23',
    ],
    ['Tổ chức khai mạc cuộc bầu cử bắt đầu từ 07 giờ ngày 23/5/2021 (chủ nhật).', '2021-05-23'],
    ['Để ngày 23/5/2021 thực sự là ngày hội lớn của toàn thể nhân dân.', '2021-05-23'],
    ['tuyên truyền đến trước ngày 22 - 5 (ngày diễn ra cuộc bầu cử).', '2016-05-22'],
    ['cử tri đi bầu cử vào Chủ nhật, ngày 23/5.', '2021-05-23'],
    ['Cụ thể, sáng 15-3-2026 (ngày bầu cử), 168 xe hoa sẽ đồng loạt diễu hành.', '2026-03-15'],
    ['Chủ nhật (ngày 23/5) sẽ diễn ra cuộc bầu cử đại biểu Quốc hội khóa XV.', '2021-05-23'],
    [
      'nắm rõ nội dung cho cuộc bầu cử Đại biểu Quốc hội khóa XV nhiệm kỳ 2021 – 2026 vào chủ nhật - ngày 23 tháng 5 năm 2021.',
      '2021-05-23',
    ],
    ['nhất là trong 10 ngày trước ngày diễn ra bầu cử (22/5).', '2016-05-22'],
    [
      'Sáng ngày 02/10/2022, đại diện cử tri hộ của 08 thôn đồng loạt tham gia bầu cử Trưởng thôn.',
      '2022-10-02',
    ],
    [
      'Thông qua buổi tuyên truyền, vận động toàn dân tham gia bầu cử vào ngày 23/5/2021.',
      '2021-05-23',
    ],
    [
      'Cuộc bầu cử đại biểu Quốc hội khóa XVI sẽ chính thức diễn ra vào ngày 15.3.2026.',
      '2026-03-15',
    ],
    ['Phố phường rực rỡ chào đón Ngày hội non sông 15/3/2026.', '2026-03-15'],
    ['Ngày 17/3/2018 thôn Tân Long tổ chức Hội nghị bầu cử trưởng thôn.', '2018-03-17'],
    [
      'Phường Tùng Thiện bầu cử Tổ trưởng tổ dân phố nhiệm kỳ 2025 – 2027 vào ngày 28/9/2025',
      '2025-09-28',
    ],
    ['sẵn sàng cho ngày bầu cử trưởng thôn nhiệm kì 2022027 vào ngày 05/6/2022.', '2022-06-05'],
    ['Ngày 15-3 tới đây, cử tri cả nước sẽ bước vào ngày bầu cử đại biểu Quốc hội.', '2026-03-15'],
    // The weekday after "ngày", a date with dots and no year, a sentence broken across lines.
    ['hướng tới Cuộc bầu cử tổ chức vào ngày chủ nhật 23/5/2021, Sở đề nghị …', '2021-05-23'],
    ['cuộc bầu cử đại biểu Quốc hội khóa XVI, diễn ra vào ngày 15.3.', '2026-03-15'],
    [
      'Cuộc bầu cử đại biểu Quốc hội khóa XV\nvà đại biểu HĐND các cấp được tiến hành vào\nngày 23/5/2021 (Chủ nhật).',
      '2021-05-23',
    ],
    [
      'Dự kiến ngày 06/10/2024 (chủ nhật) tổ chức bầu cử trưởng thôn trên địa bàn xã.',
      '2024-10-06',
    ],
    [
      'ngư dân vào đảo để tham gia bầu cử, thực hiện quyền công dân vào ngày 15/3/2026.',
      '2026-03-15',
    ],
  ])('reads "%s"', (text, iso) => {
    expect(voteDate(text, Number(iso.slice(0, 4)))).toBe(iso);
  });

  it('gives null for other acts and numbers near the vote', () => {
    expect(
      voteDate(
        'Tuyên truyền ngày bầu cử, quyền và nghĩa vụ của cử tri, danh sách cử tri được niêm yết ngày 27/4/2021',
      ),
    ).toBeNull();
    expect(
      voteDate(
        'Tuyên truyền về ngày bầu cử\nvà kết quả hội nghị hiệp thương lần thứ ba ngày 20/4/2021',
      ),
    ).toBeNull();
    expect(
      voteDate(
        'Cử tri tham gia bầu cử đông đủ và đã hoàn thành việc kiểm phiếu vào ngày 24/5/2021',
      ),
    ).toBeNull();
    expect(voteDate('Trong ngày bầu cử, số phiếu hợp lệ tăng 1.5 lần', 2021)).toBeNull();
    const plan =
      'Cuộc bầu cử đại biểu Quốc hội khóa XV sẽ được tổ chức vào ngày 23/5/2021.\n- Tuyên truyền ý nghĩa của ngày bầu cử, tiểu sử tóm tắt của những người ứng cử do Ủy ban bầu cử tỉnh công bố ngày 27/4/2021.';
    expect(voteDate(plan)).toBe('2021-05-23');
  });

  it('gives null for the date of a meeting or contest about the election', () => {
    expect(
      voteDate('Cuộc thi tìm hiểu về cuộc bầu cử được tổ chức vào ngày 10/4/2021.'),
    ).toBeNull();
    expect(voteDate('Hội nghị triển khai công tác bầu cử tổ chức ngày 10/3/2026.')).toBeNull();
    expect(
      voteDate('Ngày 26/3, Tiểu ban tổ chức hội nghị sơ kết công tác bầu cử.', 2021),
    ).toBeNull();
    expect(
      voteDate('Cuộc thi tìm hiểu về cuộc bầu cử có vòng chung kết vào chủ nhật, ngày 9/5/2021.'),
    ).toBeNull();
  });

  it('gives null for a page stamp on the line under a headline about the vote', () => {
    expect(
      voteDate('Treo cờ Tổ quốc chào mừng ngày bầu cử\n\n19/05/2021 - 19:28\n', 2021),
    ).toBeNull();
  });

  it('gives null for a task done on another day before the vote', () => {
    expect(
      voteDate('Để chuẩn bị cho ngày bầu cử sáng ngày 16/3/2018 cán bộ thôn trang trí hội trường.'),
    ).toBeNull();
    expect(voteDate('Sáng ngày 10/5, đoàn viên tham gia tuyên truyền bầu cử.', 2021)).toBeNull();
    expect(voteDate('Đến ngày 15.3, các tổ bầu cử hoàn thành niêm yết.', 2026)).toBeNull();
  });
});
