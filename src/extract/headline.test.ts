import { describe, expect, it } from 'vitest';
import { findFrame } from './frame';
import { findHeadline } from './headline';
import { toLines } from './lines';

const headline = (text: string): string | null => {
  const lines = toLines(text);
  return lines[findHeadline(lines)]?.text ?? null;
};

const LEAD =
  'Ngày 10/3, Đảng ủy phường tổ chức Hội nghị triển khai các nội dung liên quan công tác bầu cử đại biểu Quốc hội.';

describe('headline of a web page', () => {
  it('leaves an exporter\'s "date …" marker out of the headline it prefixes', () => {
    const frame = findFrame(
      toLines(`date 2026-03-02 Đoàn phường tuyên truyền bầu cử cho cử tri trẻ\n\n${LEAD}`),
    );
    expect(frame.titleLines.map((l) => l.text)).toEqual([
      'Đoàn phường tuyên truyền bầu cử cho cử tri trẻ',
    ]);
  });
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
  it('starts below a breadcrumb, past banners and link lists', () => {
    const title =
      'Hướng dẫn tuyên truyền bầu cử ĐBQH khóa XV và ĐB HĐND các cấp của Ban Tuyên giáo';
    const top =
      'CHÀO MỪNG BẠN ĐẾN VỚI TRANG TIN ĐIỆN TỬ HỘI NÔNG DÂN TỈNH\nSàn giao dịch điện tử tỉnh Hà Tĩnh';
    const crumb = 'Trang chủ » Tin Tức » Bầu cử đại biểu Quốc hội nhiệm kỳ 2021-2026';
    expect(headline(`${top}\n${crumb}\n${title}\n${LEAD}`)).toBe(title);
    const stamp = 'Ngày đăng 16/03/2021 | 10:03 | View count: 6082';
    expect(headline(`${title}\n${stamp}\n${LEAD}`)).toBe(title);
  });
  it('takes the line right above the article stamp, past menus and section names', () => {
    const title =
      'Bài tuyên truyền về cuộc bầu cử Tổ trưởng Tổ dân phố, nhiệm kỳ 2022-2025 trên địa bàn phường Thống Nhất';
    const menu =
      'CHUYÊN MỤC\n\nBộ Thủ tục hành chính công\nPhổ biến giáo dục pháp luật\nQuy hoạch - kế hoạch\nHỏi đáp';
    expect(headline(`${menu}\n\n${title}\n\nNgày đăng bài: 04/07/2022\n${LEAD}`)).toBe(title);
    const section = 'Bầu cử đại biểu quốc hội và đại biểu hội đồng ND các cấp';
    const own = 'Trung tâm TT&VH thành phố : Tuyên truyền lưu động về bầu cử tại xã Đồng Sơn';
    expect(
      headline(`${section}\n\n${own}\nNgày đăng 01/04/2021 | 12:16  | View count: 819\n${LEAD}`),
    ).toBe(own);
    // The author's name between headline and stamp is not the headline.
    const hanoi = 'Hà Nội rực rỡ cờ hoa sẵn sàng cho ngày hội bầu cử';
    expect(
      headline(
        `Bạn cần biết Tiện ích Liên hệ\nChính trị Ngày hội bầu cử\n\n${hanoi}\n\nTuấn Minh\nTuấn Minh\n03/03/2026 06:58 GMT+7\n\n${LEAD}`,
      ),
    ).toBe(hanoi);
  });
  it("skips a site's slogan over its logo, and its menu", () => {
    const title = 'Hà Nội: 5 đoàn xe lưu động ra quân tuyên truyền về bầu cử';
    expect(
      headline(
        `Việt Nam vươn mình trong kỷ nguyên mới\nLogo\nĐăng ký mua gói ấn phẩm|Đăng nhập\n\n${title}\n\n${LEAD}`,
      ),
    ).toBe(title);
    expect(
      headline(
        `Video Báo Ảnh Báo in Podcast Welcome to Gia Lai Emagazine Infographic\n\n${title}\n\n${LEAD}`,
      ),
    ).toBe(title);
  });
  it("skips the page's own title, a section and the site's owner", () => {
    const title = 'HỘI NÔNG DÂN HUYỆN THỚI LAI: ĐA DẠNG CÁC HÌNH THỨC TUYÊN TRUYỀN BẦU CỬ';
    expect(headline(`Hoạt động hội - Huyện Thới Lai\n\n${title}\n\n${LEAD}`)).toBe(title);
    expect(headline(`Chi tiết bài viết - Xã Cửa Việt\n\n${title}\n\n${LEAD}`)).toBe(title);
    // A headline that names a place after a dash is still one.
    const named =
      'Đẩy mạnh tuyên truyền bầu cử trưởng thôn - Xã Hải Tiến sẵn sàng cho ngày hội lớn';
    expect(headline(`${named}\n\n${LEAD}`)).toBe(named);
  });
  it('skips a contact strip with hotlines and phone numbers', () => {
    const title = 'TPHCM có thông báo quan trọng liên quan đến công tác bầu cử';
    expect(
      headline(
        ` date 2026-03-12 HOTLINE: 0903.343.439 - HOTLINE Phát hành: 0819.123.127 - ĐẶT MUA BÁO\nThời sự Chính trị\n\n${title}\n\nThiện An\n\n${LEAD}`,
      ),
    ).toBe(title);
  });
  it('skips clocks, counters and section banners', () => {
    const title = 'Tuyên truyền về bầu cử: Phản bác thông tin sai lệch trên không gian mạng';
    expect(headline(`Thứ 6, ngày 16 tháng 8, 2019, 8:36:21 Chiều\n${title}\n${LEAD}`)).toBe(title);
    expect(
      headline(`số người truy cậpsố người truy cậpsố người truy cậpsố người truy cập\n${title}`),
    ).toBe(title);
    expect(headline(`PHÚC ĐÁP ĐƠN THƯ, KIẾN NGHỊ\n${title}\n${LEAD}`)).toBe(title);
    // A print header with the page's clock is chrome, whatever words frame it.
    expect(headline(`Print Thứ Tư, 07/04/2021 10:35 Gốc\n${title}\n${LEAD}`)).toBe(title);
    expect(headline(`Bản in 07/04/2021 10:35\n${title}\n${LEAD}`)).toBe(title);
    const upper = 'HỘI LHPN HUYỆN BA BỂ TỔ CHỨC CÁC HOẠT ĐỘNG TUYÊN TRUYỀN VỀ BẦU CỬ';
    expect(headline(`${upper}\n${LEAD}`)).toBe(upper);
  });
  it('takes a short first line over the lead that follows it', () => {
    const lead =
      'Cuộc thi trực tuyến tìm hiểu về cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân các cấp do Tỉnh đoàn tổ chức đã thu hút hàng nghìn đoàn viên tham gia.';
    expect(headline(`Tổng kết hội thi\n${lead}`)).toBe('Tổng kết hội thi');
    expect(headline(`Tin hoạt động\n${lead}`)).toBe(lead);
    expect(headline(`Phòng chống thiên tai\n${lead}`)).toBe(lead);
  });
  it('finds none when the page starts with its lead or a caption', () => {
    // A page that opens with a long sentence closed by a full stop was cut below its headline;
    // under a section's name the same line is the headline.
    const sentence =
      'Thời gian qua, LLVT Quân khu 1 đã chủ động làm tốt công tác chuẩn bị, bảo vệ bầu cử, đồng thời tích cực tuyên truyền, vận động nhân dân trên địa bàn đóng quân.';
    expect(headline(`${sentence}\n\n${LEAD}`)).toBeNull();
    expect(headline(`Tin chỉ đạo điều hành\n26/02/2021\n\n${sentence}\n\n${LEAD}`)).toBe(sentence);
    // A long line in lower case was cut from a paragraph: no headline starts so.
    expect(
      headline(
        'ngày 13/3/2026, trong không khí dân chủ và trách nhiệm, trường Tiểu học\ntổ chức buổi tuyên truyền về bầu cử cho học sinh.',
      ),
    ).toBeNull();
    expect(
      headline(
        'Đồng bào Chăm tỉnh Đồng Nai tìm hiểu người ứng cử đại biểu QH và HĐND các cấp\n(Nguồn: Báo Đồng Nai )\nTheo Ban Dân tộc thành phố, cộng đồng người Hoa đang sinh sống trên địa bàn là hơn 444 nghìn người. Trong đó, quận 5 có đông đồng bào nhất.',
      ),
    ).toBeNull();
    expect(
      headline(
        ' date 2026-02-02 Sở VH-TT TPHCM vừa ban hành kế hoạch tổ chức diễu hành xe hoa tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp trên địa bàn TPHCM.',
      ),
    ).toBeNull();
    expect(headline(' date 2026-03-13 Kết nối cử tri trẻ đang làm ăn xa\n' + LEAD)).toBe(
      ' date 2026-03-13 Kết nối cử tri trẻ đang làm ăn xa',
    );
    // An agency tag may hold a space: "(VTC News) -" opens a lead, not a headline.
    expect(
      headline(
        '(VTC News) - Bộ trưởng Bộ Thông tin và Truyền thông đề nghị cơ quan báo chí cần bình đẳng trong tuyên truyền bầu cử.\nSáng 15/4, Bộ trưởng đã phát biểu khai mạc tại buổi tập huấn.',
      ),
    ).toBeNull();
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
