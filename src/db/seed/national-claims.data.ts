import type { Platform, Verdict } from '../../domain/claims/claim';

/** A rumour communes report, in two wordings, and the province's correction where it needs one. */
export interface ClaimTemplate {
  topic: string;
  texts: [string, string];
  platforms: Platform[];
  verdict: Verdict;
  correction: { title: string; summary: string; body: string } | null;
}

const SAMPLE = '(dữ liệu mẫu)';
const fix = (title: string, summary: string, body: string): ClaimTemplate['correction'] => ({
  title,
  summary,
  body: `${body}\n\nĐề nghị cử tri theo dõi thông tin chính thức trên hệ thống loa truyền thanh và Cổng thông tin điện tử của tỉnh ${SAMPLE}.`,
});

const RUMOURS: ClaimTemplate[] = [
  {
    topic: 'Ngày bầu cử',
    texts: [
      'Cuộc bầu cử ngày 15/3 đã bị hoãn sang tháng 5, cử tri không cần đi bầu',
      'Nghe nói bầu cử hoãn tới tháng 5, Chủ nhật 15/3 không phải đi bầu nữa',
    ],
    platforms: ['facebook', 'zalo', 'word_of_mouth'],
    verdict: 'false',
    correction: fix(
      'Cuộc bầu cử vẫn diễn ra vào Chủ nhật, ngày 15/3/2026',
      'Thông tin "bầu cử bị hoãn sang tháng 5" là sai sự thật.',
      'Trên mạng xã hội xuất hiện thông tin cho rằng cuộc bầu cử bị hoãn sang tháng 5. Đây là thông tin sai sự thật: cuộc bầu cử được tổ chức vào Chủ nhật, ngày 15/3/2026 theo Nghị quyết của Quốc hội.',
    ),
  },
  {
    topic: 'Thủ tục bỏ phiếu',
    texts: [
      'Cử tri phải nộp 50.000 đồng để được nhận thẻ cử tri',
      'Đi bầu phải đóng tiền làm thẻ cử tri 50 nghìn mỗi người',
    ],
    platforms: ['facebook', 'tiktok', 'word_of_mouth'],
    verdict: 'false',
    correction: fix(
      'Cử tri không phải nộp bất kỳ khoản tiền nào để nhận thẻ cử tri và đi bầu',
      'Thẻ cử tri được phát miễn phí tới từng cử tri.',
      'Việc lập danh sách cử tri và phát thẻ cử tri không thu bất kỳ khoản phí nào. Mọi trường hợp yêu cầu nộp tiền đề nghị báo ngay cho Tổ bầu cử hoặc Ủy ban nhân dân xã.',
    ),
  },
  {
    topic: 'Quyền và nghĩa vụ cử tri',
    texts: [
      'Người không đi bầu sẽ bị cắt trợ cấp và thẻ bảo hiểm y tế',
      'Ai không đi bầu cử sẽ bị cắt chế độ hộ nghèo, bảo hiểm y tế',
    ],
    platforms: ['tiktok', 'facebook', 'zalo'],
    verdict: 'false',
    correction: fix(
      'Không có quy định cắt trợ cấp, bảo hiểm y tế của người không đi bầu',
      'Đi bầu là quyền và nghĩa vụ công dân; không có chế tài cắt chế độ.',
      'Thông tin người không đi bầu bị cắt trợ cấp, bảo hiểm y tế là bịa đặt. Bầu cử là quyền và nghĩa vụ của công dân; chính quyền vận động, tạo điều kiện để mọi cử tri đi bầu.',
    ),
  },
  {
    topic: 'Hình thức bỏ phiếu',
    texts: [
      'Năm nay cử tri có thể bỏ phiếu qua ứng dụng trên điện thoại, không cần đến khu vực bỏ phiếu',
      'Đã có ứng dụng bầu cử trực tuyến, bỏ phiếu bằng điện thoại tại nhà',
    ],
    platforms: ['facebook', 'youtube', 'website'],
    verdict: 'false',
    correction: fix(
      'Cử tri bỏ phiếu trực tiếp tại khu vực bỏ phiếu, không bỏ phiếu qua điện thoại',
      'Không có ứng dụng bỏ phiếu trực tuyến.',
      'Luật Bầu cử quy định cử tri bỏ phiếu trực tiếp và bí mật tại khu vực bỏ phiếu. Không có ứng dụng nào cho phép bỏ phiếu qua điện thoại.',
    ),
  },
  {
    topic: 'Lừa đảo',
    texts: [
      'Bấm vào đường link để đăng ký cử tri trực tuyến và nhận quà 500.000 đồng',
      'Tin nhắn mời xác thực thông tin cử tri qua đường link để nhận tiền hỗ trợ',
    ],
    platforms: ['zalo', 'facebook', 'other'],
    verdict: 'false',
    correction: fix(
      'Cảnh giác với đường link giả mạo "đăng ký cử tri trực tuyến"',
      'Cử tri không phải đăng ký hay xác thực thông tin qua mạng.',
      'Danh sách cử tri do Ủy ban nhân dân xã lập, cử tri không phải đăng ký qua bất kỳ đường link nào. Không bấm vào đường link lạ, không cung cấp mã OTP, số tài khoản.',
    ),
  },
  {
    topic: 'Thủ tục bỏ phiếu',
    texts: [
      'Một người trong gia đình được bỏ phiếu thay cho cả nhà',
      'Chỉ cần chủ hộ mang thẻ cử tri của cả nhà đi bầu là được',
    ],
    platforms: ['facebook', 'zalo', 'word_of_mouth'],
    verdict: 'misleading',
    correction: fix(
      'Cử tri phải tự mình bỏ phiếu, không được bầu thay',
      'Chỉ người không tự viết được phiếu mới được nhờ viết hộ, và vẫn tự bỏ phiếu.',
      'Luật Bầu cử quy định mỗi cử tri tự mình đi bầu, không được nhờ người khác bầu thay. Cử tri ốm đau, già yếu, khuyết tật không đến được phòng bỏ phiếu thì Tổ bầu cử mang hòm phiếu phụ đến nơi ở.',
    ),
  },
  {
    topic: 'Người ứng cử',
    texts: [
      'Danh sách người ứng cử ở xã đã bị thay đổi sau khi niêm yết',
      'Có người ứng cử bị gạch tên khỏi danh sách mà không thông báo cho cử tri',
    ],
    platforms: ['facebook', 'website', 'word_of_mouth'],
    verdict: 'misleading',
    correction: fix(
      'Danh sách chính thức những người ứng cử được niêm yết công khai theo luật',
      'Mọi thay đổi danh sách đều được công bố công khai.',
      'Danh sách chính thức những người ứng cử được Ủy ban bầu cử công bố và niêm yết tại các khu vực bỏ phiếu; trường hợp xóa tên người ứng cử đều được thông báo công khai theo quy định.',
    ),
  },
  {
    topic: 'Khu vực bỏ phiếu',
    texts: [
      'Khu vực bỏ phiếu số 2 chuyển về nhà văn hóa mới của thôn',
      'Điểm bỏ phiếu năm nay chuyển sang nhà văn hóa thôn mới xây',
    ],
    platforms: ['zalo', 'word_of_mouth'],
    verdict: 'true',
    correction: null,
  },
  {
    topic: 'Khác',
    texts: [
      'Giá điện sinh hoạt sẽ tăng gấp đôi từ tháng 4',
      'Từ tháng 4 tiền điện tăng gấp đôi cho mọi hộ gia đình',
    ],
    platforms: ['facebook', 'tiktok'],
    verdict: 'not_election',
    correction: null,
  },
];

/** The rumours of the national sample campaign (invented, in the way such rumours go). */
export const CLAIM_TEMPLATES: ClaimTemplate[] = RUMOURS.map((t) => ({
  ...t,
  texts: [`${t.texts[0]} ${SAMPLE}`, `${t.texts[1]} ${SAMPLE}`],
}));
