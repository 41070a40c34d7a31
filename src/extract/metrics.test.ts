import { describe, expect, it } from 'vitest';
import { toLines } from './lines';
import { findMetrics } from './metrics';

const metrics = (text: string) =>
  findMetrics(toLines(text)).map((m) => [m.value.count, m.value.channel, m.value.approx]);

describe('metrics: counts stated as results', () => {
  it('reads counted nouns with their channel', () => {
    expect(metrics('Toàn huyện đã treo 85 băng rôn và cấp phát 2.098 cuốn tài liệu.')).toEqual([
      [85, 'visual', false],
      [2098, 'print', false],
    ]);
  });
  it('reads a figure repeated in the body once, and names each item of a list alone', () => {
    const figures =
      'Toàn thành phố đã căng hơn 100 băng rôn, treo trên 1.000 phướn, khoảng 500 pano, dựng 15 cụm cổ động.';
    const found = findMetrics(toLines(`${figures}\nTin tức khác.\n${figures}`)).map((m) => [
      m.value.count,
      m.value.channel,
      m.value.what,
    ]);
    expect(found).toEqual([
      [100, 'visual', 'băng rôn'],
      [1000, 'visual', 'phướn'],
      [500, 'visual', 'pano'],
      [15, 'visual', 'cụm cổ động'],
    ]);
    expect(metrics('Đăng 12 tin, bài trên cổng thông tin điện tử.')).toEqual([
      [12, 'web_portal', false],
    ]);
  });
  it('reads sessions and the people who attended', () => {
    expect(metrics('Đã tổ chức 244 cuộc có 17.270 lượt người dự.')).toEqual([
      [244, 'meeting', false],
      [17270, 'meeting', false],
    ]);
  });
  it('reads banners spelt as said, street designs, and the people trained', () => {
    expect(metrics('Phòng Văn hóa đã treo 40 ban-nơ trên các tuyến phố.')).toEqual([
      [40, 'visual', false],
    ]);
    expect(metrics('Đồng thời, thiết kế 6 mẫu pa - nô, 4 mẫu áp phích.')).toEqual([
      [6, 'visual', false],
      [4, 'visual', false],
    ]);
    expect(
      metrics('Hội đã tổ chức tập huấn nghiệp vụ tuyên truyền bầu cử cho gần 250 cán bộ cơ sở.'),
    ).toEqual([[250, 'meeting', true]]);
    // Staff counted without anyone trained or reached is not a result.
    expect(metrics('Xã có 25 cán bộ, công chức.')).toEqual([]);
  });
  it("reads the leaflets and slogan sets of the South, and leaves a page's view counter out", () => {
    expect(metrics('Huyện đã cấp phát hơn 2.500 tờ bướm và 3.000 bộ khẩu hiệu.')).toEqual([
      [2500, 'print', true],
      [3000, 'visual', false],
    ]);
    expect(metrics('1228 Lượt xem')).toEqual([]);
    expect(metrics('  • Lượt xem: 3644 lượt xem')).toEqual([]);
    expect(metrics('Video đã đạt 12.000 lượt xem trên mạng xã hội.')).toHaveLength(1);
  });
  it("counts a named festival's crowd as a cultural event, and staff only when trained or told", () => {
    expect(metrics('Ngày hội bầu cử năm nay thu hút hơn 500 người tham gia.')).toEqual([
      [500, 'meeting', true],
    ]);
    expect(metrics('Xã đã cử 30 cán bộ tham gia trực tại các tổ bầu cử.')).toEqual([]);
    expect(metrics('Đội tuyên truyền lưu động với 12 cán bộ, đoàn viên đã đến từng thôn.')).toEqual(
      [],
    );
    expect(
      metrics('Đồn đã tuyên truyền cho hơn 300 người dân tham gia khai thác hải sản về bầu cử.'),
    ).toEqual([[300, 'meeting', true]]);
    expect(metrics('Ngày hội Cử tri trẻ thu hút gần 800 đoàn viên, thanh niên tham gia.')).toEqual([
      [800, 'cultural_event', true],
    ]);
    // Candidates put forward and people at work are no audience.
    expect(
      metrics('Có 45 cán bộ, hội viên được giới thiệu tham gia ứng cử đại biểu HĐND.'),
    ).toEqual([]);
    expect(metrics('Xã có gần 300 người tham gia khai thác xa bờ.')).toEqual([]);
  });
  it('leaves out a count too large to be one, rather than rounding it', () => {
    expect(metrics('Huyện đã treo 99999999999999999999 băng rôn và 12 pano.')).toEqual([
      [12, 'visual', false],
    ]);
    expect(metrics('Đã gửi 12345678901234567 tỷ tin nhắn.')).toEqual([]);
  });
  it('marks trên / hơn / gần as approximate', () => {
    expect(metrics('Ủy ban đã in trên 230.000 tờ rơi.')).toEqual([[230000, 'print', true]]);
    expect(metrics('Đăng tải gần 50 tin bài trên các phương tiện thông tin đại chúng.')).toEqual([
      [50, 'press', true],
    ]);
  });
  it('takes the channel the noun phrase or its medium names', () => {
    expect(metrics('Đội đã tổ chức 28 buổi tuyên truyền lưu động tại các thôn.')).toEqual([
      [28, 'mobile_vehicle', false],
    ]);
    expect(metrics('Gửi 120 tin nhắn định hướng qua hệ thống quản lý văn bản.')).toEqual([
      [120, 'internal_messaging', false],
    ]);
    expect(metrics('Cuộc thi thu hút 3.800.000 lượt truy cập vào website.')).toEqual([
      [3800000, 'web_portal', false],
    ]);
  });
  it('counts flags given to households and performances', () => {
    expect(metrics('Đồn đã trao tặng 70 lá cờ Tổ quốc cho hộ dân.')).toEqual([
      [70, 'visual', false],
    ]);
    expect(metrics('Đoàn nghệ thuật đã tổ chức 12 buổi biểu diễn văn nghệ.')).toEqual([
      [12, 'cultural_event', false],
    ]);
    expect(metrics('Đội văn nghệ xã đã biểu diễn 3 đêm văn nghệ với 24 tiết mục.')).toEqual([
      [3, 'cultural_event', false],
      [24, 'cultural_event', false],
    ]);
  });
  it('reads "chia sẽ" (a common misspelling of "chia sẻ") as sharing, not as "will"', () => {
    expect(
      metrics(
        'Huyện đã chia sẽ bài viết trên zalo, facebook từ các trang chính thống, với hơn 500 tin, bài.',
      ),
    ).toEqual([[500, 'social_media', true]]);
  });
  it('counts the vehicles sent round', () => {
    expect(metrics('Sáng 15/3, phường đã ra quân với 30 xe loa lưu động.')).toEqual([
      [30, 'mobile_vehicle', false],
    ]);
  });
});

describe('metrics: counts that are not results', () => {
  it.each([
    'Huyện sẽ tổ chức 20 buổi tuyên truyền.',
    'Sáng 15/3, 168 xe hoa, xe loa tuyên truyền lưu động của 168 xã sẽ đồng loạt diễu hành.',
    'Dự kiến in 5.000 tờ rơi.',
    'Theo kế hoạch, mỗi xã treo 10 băng rôn.',
    'Phấn đấu 100 tin bài trên Cổng thông tin.',
    'Đài truyền thanh phát 2 buổi/ngày.',
    'Trạm truyền thanh thông tin về bầu cử 2 buổi trên ngày.',
    'Kỳ 3 cuộc thi chính thức bắt đầu.',
    'Toàn xã có 16 khu vực bỏ phiếu và 45 người ứng cử.',
    'Có 12.500 cử tri đi bỏ phiếu.',
    'Chương trình nghệ thuật với thời lượng 90 phút.',
    'Khai mạc lúc 7 giờ sáng.',
    'Trạm truyền thanh phát sóng hàng ngày 2 lần ở khung giờ 17 giờ buổi chiều và 5 giờ sáng.',
    'Ngày 12/5/2021, Vòng 1 cuộc thi tìm hiểu luật bầu cử đã thu hút sinh viên.',
  ])('gives nothing for "%s"', (text) => {
    expect(metrics(text)).toEqual([]);
  });
  it('counts people only when they attended', () => {
    expect(metrics('Xã có 30 đoàn viên thanh niên.')).toEqual([]);
    expect(metrics('Trường có 30 đoàn viên thanh niên tham gia diễn đàn.')).toEqual([
      [30, 'meeting', false],
    ]);
  });
  it('keeps a total airtime that sums the broadcasts before it', () => {
    expect(
      metrics('Hệ thống loa truyền thanh phát 126 buổi, thời lượng trên 60 giờ.').map((m) => m[0]),
    ).toEqual([126, 60]);
  });
  it('reads scaled counts, video-conference sites and people the outreach was given to', () => {
    expect(metrics('ba nhà mạng đã gửi khoảng 1,5 tỉ bản tin tới thuê bao.')).toEqual([
      [1500000000, 'sms', true],
    ]);
    expect(metrics('Tổ chức thành công hội nghị trực tuyến tới 34 điểm cầu.')).toEqual([
      [34, 'meeting', false],
    ]);
    expect(
      metrics('Sở đã tổ chức tuyên truyền về bầu cử cho 337 đại biểu là người uy tín.'),
    ).toEqual([[337, 'meeting', false]]);
    expect(metrics('Tại buổi tuyên truyền, hơn 100 đoàn viên được nghe báo cáo.')).toEqual([
      [100, 'meeting', true],
    ]);
  });
  it('takes no count from a time of day, outreach staff or elected delegates', () => {
    expect(metrics('Các đoàn xe tập kết từ 6 giờ, xuất phát lúc 6 giờ 30 phút.')).toEqual([]);
    expect(metrics('Hơn 40 người là hội viên tham gia tuyên truyền bằng loa.')).toEqual([]);
    expect(metrics('Đã tuyên truyền cho cử tri về 500 đại biểu Quốc hội.')).toEqual([]);
    expect(metrics('Tỷ lệ đạt 2,5 bài.')).toEqual([]);
  });
  it('takes no count from when something happened, candidates or the people guarding the vote', () => {
    expect(metrics('Cựu chiến binh góp sức cho ngày hội lớn 2 giờ trước')).toEqual([]);
    expect(metrics('Bà con đi làm từ sáng sớm, chiều tầm 5-6 giờ mới về.')).toEqual([]);
    expect(metrics('Đài huyện đã phát sóng 120 giờ tuyên truyền về bầu cử.')).toEqual([
      [120, 'other', false],
    ]);
    expect(
      metrics('Trong 580 hội viên của hội có 9 người tham gia ứng cử đại biểu HĐND phường.'),
    ).toEqual([]);
    expect(
      metrics(
        'CCB là lực lượng chính với 40 trong tổng 50 người tham gia giữ gìn an ninh trật tự.',
      ),
    ).toEqual([]);
  });
});
