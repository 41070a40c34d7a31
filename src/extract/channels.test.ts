import { describe, expect, it } from 'vitest';
import { findChannelHits } from './channels';

const channels = (text: string) => [...new Set(findChannelHits(text).map((h) => h.channel))];

describe('channels', () => {
  it('finds meetings, performances and in-person outreach', () => {
    expect(channels('Tổ chức tuyên truyền miệng và tiếp xúc cử tri')).toEqual(['meeting']);
    expect(channels('Trong các buổi tuyên truyền, cán bộ đã phổ biến Luật')).toEqual(['meeting']);
    expect(channels('Tỉnh đoàn tổ chức Diễn đàn Cử tri trẻ')).toEqual(['meeting']);
    expect(channels('Đêm giao lưu văn nghệ chào mừng bầu cử')).toEqual(['cultural_event']);
    expect(channels('Đã tuyên truyền được 518 cuộc')).toEqual(['meeting']);
    expect(channels('tuyên truyền thông qua các cuộc họp, sinh hoạt bản')).toEqual(['meeting']);
    expect(channels('Cán bộ đồn tuyên truyền trực tiếp cho bà con')).toEqual(['meeting']);
    expect(channels('Tiếng loa biên phòng vang lên mỗi sáng')).toEqual(['loudspeaker']);
    expect(channels('cán bộ xuống gặp từng hộ dân để vận động')).toEqual(['meeting']);
    // Words that only look like going to people.
    expect(channels('Bầu cử liên quan trực tiếp đến quyền làm chủ của nhân dân')).toEqual([]);
    expect(channels('Đoàn công tác xuống từng xã kiểm tra công tác chuẩn bị')).toEqual([]);
    expect(channels('Bí thư chi bộ trực tiếp đến từng tàu thuyền hướng dẫn ngư dân')).toEqual([
      'meeting',
    ]);
    expect(channels('Xã tổ chức mít tinh cổ động chào mừng ngày bầu cử')).toContain('meeting');
    // How far the word should reach is not how it is carried.
    expect(channels('đẩy mạnh tuyên truyền sâu rộng đến từng hộ dân, từng cử tri')).toEqual([]);
    // A meeting of the committee itself, or a community hall, carries no outreach.
    expect(channels('Tại cuộc họp, Tiểu ban thống nhất phân công nhiệm vụ')).toEqual([]);
    expect(channels('bố trí tại các thôn, điểm sinh hoạt cộng đồng')).toEqual([]);
  });
  it('reads the internal document system and mass media', () => {
    expect(channels('gửi tài liệu qua hệ thống Quản lý VB&ĐH')).toContain('internal_messaging');
    expect(channels('trên các phương tiện thông tin đại chúng')).toEqual(['press']);
    // The press at the table or being trained is not a medium the outreach went through.
    expect(channels('Dự hội nghị có đại diện lãnh đạo các cơ quan báo chí')).not.toContain('press');
    expect(channels('Ủy ban đã tập huấn cho cơ quan báo chí thành phố')).toEqual(['meeting']);
    expect(channels('đăng tải tin bài trên báo chí của tỉnh')).toContain('press');
    expect(channels('Phối hợp với các cơ quan báo chí tuyên truyền sâu rộng')).toEqual(['press']);
    expect(channels('Cung cấp thông tin cho các cơ quan báo chí để đăng tải')).toEqual(['press']);
  });
  it('takes no channel from words that only contain a channel word', () => {
    expect(channels('Thông báo Về thời gian bỏ phiếu')).toEqual([]);
    expect(channels('Báo cáo kết quả công tác')).toEqual([]);
    expect(channels('Thông cáo báo chí về buổi lễ kỷ niệm')).toEqual([]);
    expect(channels('Đơn vị được tặng cờ thi đua')).toEqual([]);
    expect(channels('Kỳ 3 cuộc bầu cử')).toEqual([]);
  });
  it('counts a newspaper by name only when it carries or publishes the outreach', () => {
    expect(channels('Tuyên truyền trên Báo Hà Nam và đài truyền thanh')).toEqual([
      'press',
      'radio',
    ]);
    expect(channels('Báo Bình Định thực hiện 37 bài viết về bầu cử')).toEqual(['press']);
    expect(channels('(Nguồn: Báo Đồng Nai)')).toEqual([]);
    expect(channels('Phóng viên Báo Cần Thơ đã ghi lại một vài hình ảnh')).toEqual([]);
    expect(channels('Sở Tư pháp phối hợp cùng Báo Pháp Luật tổ chức')).toEqual([]);
    expect(channels('Công báo Hà Tĩnh')).toEqual([]);
  });
  it('takes no channel from misinformation, decorating or a share button', () => {
    expect(channels('xử lý các thông tin xấu, độc trên internet, mạng xã hội')).toEqual([]);
    expect(channels('Phản bác thông tin sai lệch trên không gian mạng')).toEqual([]);
    expect(channels('Tuyên truyền trên mạng xã hội qua zalo, facebook')).toEqual(['social_media']);
    expect(channels('đảng viên tham gia lao động trang trí hội trường')).toEqual([]);
    expect(channels('trang trí tại các khu vực bỏ phiếu')).toEqual(['visual']);
    expect(channels('Chia sẻ Facebook')).toEqual([]);
  });
  it('reads shared posts, messages to subscribers and shows', () => {
    expect(channels('đăng tải, chia sẻ gần 2.400 tin, bài phản bác')).toEqual(['social_media']);
    expect(channels('Chia sẻ kinh nghiệm tổ chức')).toEqual([]);
    expect(channels('các nhà mạng gửi tin nhắn tới thuê bao')).toEqual(['sms']);
    expect(channels('Tổ chức Gameshow về bầu cử')).toEqual(['cultural_event']);
    expect(channels('tổ chức chương trình nghệ thuật chào mừng')).toEqual(['cultural_event']);
    expect(channels('Trung tâm Văn hóa, Thông tin và Thể thao huyện')).toEqual([]);
  });
  it('reads no channel from the name of a centre or from a reporter credited', () => {
    // The centre is who does the work; its name says nothing of how.
    expect(
      channels('Trung tâm Văn hóa, Thể thao và Truyền thanh huyện tổ chức xe ô tô lưu động'),
    ).toEqual(['mobile_vehicle']);
    expect(channels('Trung tâm Văn hóa, Truyền thanh-Truyền hình huyện kiểm tra các xã')).toEqual(
      [],
    );
    // Without the name the same words are the channel.
    expect(channels('Trung tâm phát trên truyền hình và truyền thanh')).toEqual([
      'television',
      'radio',
    ]);
    expect(channels('Ghi nhận của PV Báo Điện tử VTC News, tại nhiều khu dân cư')).toEqual([]);
    expect(channels('Đăng tải 20 tin bài trên báo điện tử của tỉnh')).toEqual(['press']);
    // A motto's flag and the village's meeting house are no channel.
    expect(channels('Chủ đề: "Huyện Đầm Hà tự hào tiến bước dưới cờ Đảng"')).toEqual([]);
    expect(channels('Áp phích được chuyển đến các nhà họp thôn')).toEqual(['visual']);
    expect(channels('Tổ chức họp thôn phổ biến Luật Bầu cử')).toEqual(['meeting']);
  });
  it('reads the spellings and short names officials use', () => {
    expect(channels('treo 50 ban-nơ tuyên truyền trên đường Nguyễn Trãi')).toEqual(['visual']);
    expect(channels('lắp đặt 07 cụm pa nô tại trung tâm xã')).toEqual(['visual']);
    expect(channels('phóng thanh cổ động trên địa bàn')).toContain('loudspeaker');
    expect(channels('sử dụng loa tuyên truyền tại các khu dân cư')).toEqual(['loudspeaker']);
    expect(channels('168 xe loa tuyên truyền đồng loạt xuất phát')).toEqual(['mobile_vehicle']);
    expect(channels('đề nghị các cơ quan thông tin đại chúng đưa tin')).toEqual(['press']);
  });
  it('gives a loudspeaker van the mobile channel only', () => {
    expect(channels('168 xe hoa, xe loa tuyên truyền')).toEqual(['mobile_vehicle']);
    expect(channels('Sử dụng xe ô tô gắn loa đi khắp các thôn')).toEqual(['mobile_vehicle']);
    // A loudspeaker and slogans carried on a motorbike are the vehicle's, not a fixed system's.
    expect(
      channels('Anh chạy xe gắn máy có khẩu hiệu, trang trí cờ hoa và loa phóng thanh'),
    ).toEqual(['mobile_vehicle']);
    expect(
      channels('đoàn viên mang loa phóng thanh và khẩu hiệu tuyên truyền trên xe máy'),
    ).toEqual(['mobile_vehicle']);
    expect(channels('Huyện đoàn ra quân đội xe tuyên truyền vào sáng thứ Bảy')).toEqual([
      'mobile_vehicle',
    ]);
    // A second "trên" names a second medium; a vehicle in another clause carries nothing.
    expect(
      channels('Tuyên truyền trên hệ thống loa truyền thanh cơ sở, trên các xe lưu động.'),
    ).toEqual(['loudspeaker', 'mobile_vehicle']);
    expect(
      channels('Phát thanh trên loa truyền thanh các khu phố và trên xe tuyên truyền lưu động.'),
    ).toEqual(['loudspeaker', 'mobile_vehicle']);
    expect(channels('Xe ô tô của huyện về dự lễ, loa truyền thanh xã phát tin.')).toEqual([
      'loudspeaker',
    ]);
    expect(channels('Đội xe ôm của phường đón khách')).toEqual([]);
    expect(channels('Cùng với đó, trên xe có gắn loa phát thanh tuyên truyền')).toEqual([
      'mobile_vehicle',
    ]);
    // A loudspeaker that moves, or one the float carries further on in the clause.
    expect(channels('Tiếng loa di động tuyên truyền bầu cử')).toEqual(['mobile_vehicle']);
    expect(channels('cán bộ xã đưa loa truyền thanh lưu động về bản')).toEqual(['mobile_vehicle']);
    expect(
      channels('các xe cổ động tuyên truyền cũng xuất hiện, mang theo hệ thống loa phát thanh'),
    ).toEqual(['mobile_vehicle']);
    expect(channels('Cán bộ đi xe máy đến thôn; cụm loa truyền thanh phát tin bầu cử')).toEqual([
      'loudspeaker',
    ]);
  });
  it('reads house-to-house visits and gatherings as meetings, not how far word spreads', () => {
    expect(channels('đoàn viên mang loa kéo vượt bản đến từng nhà tuyên truyền')).toContain(
      'meeting',
    );
    expect(channels('Biên phòng đưa “Ngày hội non sông” đến từng nếp nhà')).toEqual(['meeting']);
    expect(channels('Tại buổi gặp mặt, Huyện đoàn đã phổ biến Luật Bầu cử')).toEqual(['meeting']);
    expect(channels('vận động nhân dân tham gia các buổi tiếp xúc ứng cử viên')).toEqual([
      'meeting',
    ]);
    expect(channels('đẩy mạnh công tác tuyên truyền sâu rộng đến từng hộ dân')).toEqual([]);
    expect(channels('thông tin được truyền tải rộng rãi đến từng hộ dân')).toEqual([]);
    expect(channels('Tuyên truyền rộng khắp đến từng hộ gia đình')).toEqual([]);
    // Going out to people oneself, not what bears on them or papers sent to them.
    expect(channels('Cán bộ, chiến sĩ đã trực tiếp đến các tàu cá của ngư dân')).toEqual([
      'meeting',
    ]);
    expect(channels('những vấn đề liên quan trực tiếp đến các cử tri')).toEqual([]);
    // Door to door, a class's hour, a session of talk with young voters.
    expect(channels('Cán bộ thôn đi từng ngõ, gõ từng nhà để vận động bà con')).toEqual([
      'meeting',
    ]);
    expect(channels('Lồng ghép vào giờ sinh hoạt lớp của học sinh')).toEqual(['meeting']);
    expect(channels('tổ chức chương trình Giao lưu, tuyên truyền tìm hiểu bầu cử')).toEqual([
      'meeting',
    ]);
    expect(channels('tổ chức chương trình giao lưu văn nghệ chào mừng')).toEqual([
      'cultural_event',
    ]);
    expect(channels('công văn được gửi trực tiếp đến các thôn')).toEqual([]);
  });
  it('leaves out meetings that organise the election rather than tell voters', () => {
    // "hội nghị triển khai công tác bầu cử" sets the work going; a meeting to tell people counts.
    expect(channels('UBND xã tổ chức hội nghị triển khai công tác bầu cử trưởng thôn')).toEqual([]);
    expect(channels('Hội LHPN xã tổ chức hội nghị tuyên truyền, phổ biến Luật Bầu cử')).toEqual([
      'meeting',
    ]);
    // Performances counted are shows, not meetings.
    expect(channels('Chương trình gồm 25 cuộc biểu diễn tại 09 quận, huyện')).not.toContain(
      'meeting',
    );
    expect(channels('Đã tuyên truyền được 518 cuộc')).toEqual(['meeting']);
  });
});
