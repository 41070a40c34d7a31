import type { ActivityCategory } from './activity';

const c = (
  code: string,
  name: string,
  channels: ActivityCategory['channels'],
  measureUnit: string,
  maxPerEntry: number,
  countsQuantity = true,
): ActivityCategory => ({
  code,
  name,
  channels,
  measureUnit,
  maxPerEntry,
  countsQuantity,
  builtin: true,
  active: true,
});

/** The starting catalogue of shared/domain/metrics.md; caps are for one entry of a commune. */
export const BUILTIN_CATEGORIES: ActivityCategory[] = [
  c(
    'tin_bai',
    'Tin, bài',
    ['press', 'television', 'radio', 'web_portal', 'social_media', 'bulletin_board'],
    'tin/bài',
    200,
  ),
  c('phong_su', 'Phóng sự', ['press', 'television', 'radio'], 'phóng sự', 50),
  c(
    'chuyen_muc',
    'Chuyên trang, chuyên mục',
    ['press', 'television', 'radio', 'web_portal'],
    'chuyên mục',
    50,
  ),
  c('buoi_phat', 'Buổi phát thanh', ['radio', 'loudspeaker'], 'buổi', 100),
  c('luot_phat', 'Lượt phát', ['radio', 'loudspeaker'], 'lượt', 500),
  c('thoi_luong', 'Thời lượng phát', ['radio', 'loudspeaker', 'television'], 'phút', 5000, false),
  c('luot_tuong_tac', 'Lượt tương tác', ['social_media', 'web_portal'], 'lượt', 1_000_000, false),
  c('phan_bac', 'Tin, bài phản bác thông tin sai trái', [], 'tin/bài', 200),
  c('bang_ron', 'Băng rôn, khẩu hiệu', ['visual'], 'chiếc', 500),
  c('pano', 'Pano, áp phích, tranh cổ động', ['visual'], 'chiếc', 200),
  c('co', 'Cờ Tổ quốc, cờ hồng, cờ én', ['visual'], 'lá', 5000),
  c('cum_co_dong', 'Cổng chào, cụm cổ động', ['visual'], 'cụm', 50),
  c('man_hinh_led', 'Màn hình LED', ['visual'], 'chiếc', 20),
  c('to_roi', 'Tờ rơi, tờ gấp', ['print'], 'tờ', 20_000),
  c('tai_lieu', 'Tài liệu hỏi – đáp', ['print'], 'cuốn', 5000),
  c('usb_dia', 'USB, đĩa âm thanh', ['print'], 'chiếc', 500),
  c('luot_xe', 'Lượt xe tuyên truyền lưu động', ['mobile_vehicle'], 'lượt', 100),
  c('buoi_luu_dong', 'Buổi tuyên truyền lưu động', ['mobile_vehicle'], 'buổi', 100),
  c('hoi_nghi', 'Hội nghị, buổi tuyên truyền', ['meeting'], 'buổi', 100),
  c('luot_nguoi', 'Lượt người dự', ['meeting', 'cultural_event'], 'lượt người', 20_000, false),
  c('tap_huan', 'Tập huấn', ['meeting'], 'buổi', 50),
  c('tin_nhan', 'Tin nhắn', ['sms', 'internal_messaging'], 'tin nhắn', 200_000, false),
  c('van_nghe', 'Buổi văn nghệ, hội thi', ['cultural_event'], 'buổi', 50),
  c('khac', 'Hoạt động khác', [], 'lần', 500),
];
