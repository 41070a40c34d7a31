import type { Channel, Span } from './extraction.schema';

// Phrases from channels.md and real documents, longest first within each channel, so
// "hệ thống loa truyền thanh" is loudspeaker and never also radio. Matched on lower case.
const PHRASES: Array<[Channel, string[]]> = [
  [
    'print',
    [
      'bản tin sinh hoạt chi bộ',
      'đề cương tuyên truyền',
      'tài liệu hỏi - đáp',
      'tài liệu tuyên truyền',
      'tờ rơi',
      'tờ gấp',
      'sổ tay',
      'ấn phẩm',
      'tài liệu',
    ],
  ],
  [
    'internal_messaging',
    [
      'tin nhắn nội bộ',
      'hệ thống quản lý văn bản',
      'thư điện tử công vụ',
      'thư công vụ',
      'q-office',
      'qoffice',
      'ioffice',
      'e-office',
    ],
  ],
  [
    'loudspeaker',
    [
      'hệ thống loa truyền thanh',
      'hệ thống truyền thanh',
      'truyền thanh thông minh',
      'truyền thanh ứng dụng công nghệ',
      'loa truyền thanh',
      'loa phát thanh',
      'loa công cộng',
      'cụm loa',
      'hệ thống loa',
      'loa không dây',
    ],
  ],
  [
    'mobile_vehicle',
    [
      'xe tuyên truyền lưu động',
      'đội thông tin lưu động',
      'tuyên truyền lưu động',
      'xe cổ động',
      'xe loa',
      'lưu động',
    ],
  ],
  [
    'radio',
    ['đài phát thanh', 'đài truyền thanh', 'chương trình phát thanh', 'phát thanh', 'truyền thanh'],
  ],
  ['television', ['phóng sự truyền hình', 'kênh truyền hình', 'truyền hình']],
  ['press', ['cơ quan báo chí', 'báo chí', 'báo in', 'báo điện tử', 'tạp chí', 'trên báo']],
  [
    'web_portal',
    [
      'cổng thông tin điện tử',
      'trang thông tin điện tử',
      'cổng ttđt',
      'trang ttđt',
      'cổng thông tin',
      'website',
      'trang web',
    ],
  ],
  [
    'social_media',
    [
      'mạng xã hội',
      'không gian mạng',
      'nhóm zalo',
      'zalo',
      'facebook',
      'fanpage',
      'youtube',
      'tiktok',
    ],
  ],
  [
    'bulletin_board',
    ['bản tin công cộng', 'bảng tin điện tử', 'bảng thông tin', 'bảng tin', 'bảng điện tử'],
  ],
  [
    'visual',
    [
      'tuyên truyền trực quan',
      'cổ động trực quan',
      'màn hình led',
      'tranh cổ động',
      'trực quan',
      'pano',
      'panô',
      'áp phích',
      'khẩu hiệu',
      'băng rôn',
      'băng-rôn',
      'băng zôn',
      'cổ động',
      'trang trí',
      'cờ tổ quốc',
      'cờ',
      'cổng chào',
    ],
  ],
  [
    'meeting',
    [
      'tuyên truyền miệng',
      'báo cáo viên',
      'tuyên truyền viên',
      'tiếp xúc cử tri',
      'hội thảo',
      'tọa đàm',
      'tập huấn',
      'nói chuyện chuyên đề',
      'các cuộc sinh hoạt',
      'buổi sinh hoạt',
      'họp tổ dân',
      'họp thôn',
      'họp khu phố',
      'họp dân',
      'họp bản',
      'họp xóm',
      'họp ấp',
      'họp cử tri',
    ],
  ],
  ['sms', ['tin nhắn sms', 'nhắn tin', 'tin nhắn', 'sms']],
  ['cultural_event', ['văn nghệ', 'hội thi', 'cuộc thi', 'liên hoan']],
];

// Phrases that need context: a meeting is outreach when it is held to inform, not to review.
const PATTERNS: Array<[Channel, RegExp]> = [
  [
    'meeting',
    /hội nghị (tuyên truyền|quán triệt|phổ biến|triển khai|học tập|tập huấn|cử tri|tiếp xúc|báo cáo viên)/gu,
  ],
  ['meeting', /sinh hoạt (chi bộ|đoàn thể|định kỳ|chi hội|chi đoàn|tổ|chuyên đề|các tổ chức)/gu],
  ['press', /(?<![\p{L}])[Bb]áo (?=\p{Lu})/gu],
  // "phát thanh trên hệ thống loa" broadcasts on loudspeakers, not on a radio station.
  [
    'loudspeaker',
    /phát thanh (?:trên|qua) (?:các )?(?:hệ thống )?(?:loa|cụm loa)(?: truyền thanh)?(?: cơ sở)?/gu,
  ],
];

export interface ChannelHit {
  channel: Channel;
  span: Span;
}

/** Every channel phrase in `text` (offsets relative to `offset`), longest phrase winning overlaps. */
export function findChannelHits(text: string, offset = 0): ChannelHit[] {
  const low = text.toLocaleLowerCase('vi');
  const candidates: Array<ChannelHit & { length: number }> = [];
  for (const [channel, phrases] of PHRASES) {
    for (const phrase of phrases) {
      let at = low.indexOf(phrase);
      while (at >= 0) {
        const end = at + phrase.length;
        if (isWordBoundary(low, at, end))
          candidates.push({ channel, span: { start: at, end }, length: phrase.length });
        at = low.indexOf(phrase, at + 1);
      }
    }
  }
  for (const [channel, re] of PATTERNS) {
    // Case matters for "Báo Quảng Ninh" (a newspaper) against "báo cáo": match the original text.
    const source = channel === 'press' ? text : low;
    for (const m of source.matchAll(re))
      candidates.push({
        channel,
        span: { start: m.index, end: m.index + m[0].length },
        length: m[0].length,
      });
  }
  candidates.sort((a, b) => b.length - a.length || a.span.start - b.span.start);
  const taken: ChannelHit[] = [];
  for (const c of candidates) {
    if (taken.some((t) => c.span.start < t.span.end && c.span.end > t.span.start)) continue;
    taken.push({ channel: c.channel, span: c.span });
  }
  return taken
    .sort((a, b) => a.span.start - b.span.start)
    .map((t) => ({
      channel: t.channel,
      span: { start: t.span.start + offset, end: t.span.end + offset },
    }));
}

const isWordBoundary = (s: string, start: number, end: number): boolean =>
  !/[\p{L}\d]/u.test(s.charAt(start - 1)) && !/[\p{L}\d]/u.test(s.charAt(end));
