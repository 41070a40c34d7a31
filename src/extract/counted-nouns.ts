import type { Channel } from './extraction.schema';
import { SCALE_WORDS } from './numbers';

/**
 * What an outreach report counts, as the noun that follows the number. `channel` is the
 * channel the noun itself names (null: the sentence tells); `people` marks head counts, which
 * are results only when the sentence says they attended ("… người tham dự").
 */
export interface CountedNoun {
  noun: string;
  channel: Channel | null;
  people?: boolean;
  /** Staff ("cán bộ") count only as the ones trained or told, never by "tham gia" alone. */
  staff?: boolean;
}

const n = (noun: string, channel: Channel | null = null): CountedNoun => ({ noun, channel });
const p = (noun: string, channel: Channel | null = null): CountedNoun => ({
  noun,
  channel,
  people: true,
});

// Longest first is done by the regex builder; order here is by channel for reading.
export const COUNTED_NOUNS: CountedNoun[] = [
  // Items published.
  n('tin, bài'),
  n('tin bài'),
  n('tin/bài'),
  n('bài viết'),
  n('phóng sự'),
  n('chuyên mục'),
  n('chuyên trang'),
  n('chương trình'),
  n('tin'),
  n('bài'),
  n('video'),
  n('clip'),
  n('lượt phát'),
  n('giờ'),
  n('phút'),
  // Sessions held.
  n('buổi tuyên truyền', 'meeting'),
  n('buổi phát thanh', 'radio'),
  n('buổi biểu diễn', 'cultural_event'),
  n('buổi'),
  n('hội nghị', 'meeting'),
  n('cuộc', 'meeting'),
  n('điểm tuyên truyền', 'meeting'),
  n('điểm truyền thông', 'meeting'),
  // Sites joined to a video conference: "tới 34 điểm cầu".
  n('điểm cầu', 'meeting'),
  n('lượt xe', 'mobile_vehicle'),
  // Vehicles sent round: "ra quân với 30 xe loa lưu động".
  n('xe loa', 'mobile_vehicle'),
  n('xe tuyên truyền', 'mobile_vehicle'),
  n('xe cổ động', 'mobile_vehicle'),
  n('xe hoa', 'mobile_vehicle'),
  n('xe', 'mobile_vehicle'),
  // Performances: "biểu diễn 3 đêm văn nghệ", "12 tiết mục".
  n('đêm văn nghệ', 'cultural_event'),
  n('đêm diễn', 'cultural_event'),
  n('đêm biểu diễn', 'cultural_event'),
  n('buổi văn nghệ', 'cultural_event'),
  n('chương trình văn nghệ', 'cultural_event'),
  n('suất diễn', 'cultural_event'),
  n('tiết mục', 'cultural_event'),
  n('lượt dự thi', 'cultural_event'),
  n('bài dự thi', 'cultural_event'),
  n('lượt truy cập', 'web_portal'),
  n('lượt xem'),
  n('lượt'),
  // Street display.
  n('băng rôn', 'visual'),
  n('băng-rôn', 'visual'),
  n('băng zôn', 'visual'),
  n('băng rol', 'visual'),
  n('khẩu hiệu', 'visual'),
  n('bộ khẩu hiệu', 'visual'),
  n('pano', 'visual'),
  n('panô', 'visual'),
  n('pa nô', 'visual'),
  n('pa-nô', 'visual'),
  n('pa - nô', 'visual'),
  // Banners spelt as they are said: "treo 50 ban-nơ tuyên truyền".
  n('ban-nơ', 'visual'),
  n('ban nơ', 'visual'),
  n('banner', 'visual'),
  // Designs made for the street: "thiết kế 7 mẫu pa - nô, 5 mẫu áp phích".
  n('mẫu pano', 'visual'),
  n('mẫu pa nô', 'visual'),
  n('mẫu pa-nô', 'visual'),
  n('mẫu pa - nô', 'visual'),
  n('mẫu áp phích', 'visual'),
  n('mẫu băng rôn', 'visual'),
  n('mẫu khẩu hiệu', 'visual'),
  n('cụm pano', 'visual'),
  n('cụm panô', 'visual'),
  n('cụm pa nô', 'visual'),
  n('áp phích', 'visual'),
  n('tranh cổ động', 'visual'),
  n('lá cờ', 'visual'),
  n('cờ', 'visual'),
  // Pennants along the streets: "treo trên 1.000 phướn".
  n('cờ phướn', 'visual'),
  n('phướn', 'visual'),
  n('cụm cổ động', 'visual'),
  n('cổng chào', 'visual'),
  // Printed matter.
  n('tờ rơi', 'print'),
  n('tờ gấp', 'print'),
  // The South's word for a leaflet: "hơn 3.000 tờ bướm".
  n('tờ bướm', 'print'),
  n('cuốn', 'print'),
  n('quyển', 'print'),
  n('tài liệu', 'print'),
  n('ấn phẩm', 'print'),
  n('bản tin', 'print'),
  n('bản hướng dẫn', 'print'),
  n('bản tài liệu', 'print'),
  n('bản đề cương', 'print'),
  n('tin nhắn', 'sms'),
  n('chiếc'),
  n('cái'),
  // People reached.
  p('lượt người', 'meeting'),
  p('người tham dự', 'meeting'),
  p('người dự', 'meeting'),
  p('người'),
  p('hội viên'),
  p('đoàn viên'),
  p('đảng viên'),
  p('thanh niên'),
  p('học sinh'),
  p('sinh viên'),
  p('thí sinh', 'cultural_event'),
  p('cử tri trẻ'),
  p('bạn trẻ'),
  { noun: 'cán bộ', channel: null, people: true, staff: true },
  p('đại biểu'),
];

export const nounOf = (text: string): CountedNoun | undefined => {
  const low = text.toLocaleLowerCase('vi').replace(/\s+/g, ' ');
  return COUNTED_NOUNS.find((c) => c.noun === low);
};

/**
 * Number, optional scale word, then counted noun: "2.098 cuốn", "trên 80 băng zôn",
 * "1,5 tỉ bản tin" (a decimal comma only before a scale word).
 */
export const COUNT_NOUN_RE = new RegExp(
  String.raw`(?<![\d.,/])(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)(?:\s+(${SCALE_WORDS}))?\s+(${[
    ...COUNTED_NOUNS,
  ]
    .map((c) => c.noun)
    .sort((a, b) => b.length - a.length)
    .map((s) => s.replace(/\s+/g, String.raw`\s+`))
    .join('|')})(?![\p{L}\d])`,
  'giu',
);
