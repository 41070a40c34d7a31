import type { Channel } from './plan';

/** Vietnamese names of the channel codes (shared/extract/channels.md). */
export const CHANNEL_LABELS: Record<Channel, string> = {
  press: 'Báo chí',
  television: 'Truyền hình',
  radio: 'Đài phát thanh',
  loudspeaker: 'Loa truyền thanh',
  web_portal: 'Cổng thông tin điện tử',
  social_media: 'Mạng xã hội',
  sms: 'Tin nhắn',
  bulletin_board: 'Bản tin, bảng tin công cộng',
  visual: 'Cổ động trực quan',
  print: 'Tài liệu in',
  mobile_vehicle: 'Xe tuyên truyền lưu động',
  meeting: 'Hội nghị, tuyên truyền miệng',
  internal_messaging: 'Tin nhắn, văn bản nội bộ',
  cultural_event: 'Văn hóa, văn nghệ, hội thi',
  other: 'Khác',
};
