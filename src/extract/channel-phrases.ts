import type { Channel } from './extraction.schema';

// Phrases from channels.md and real documents, longest first within each channel, so
// "hệ thống loa truyền thanh" is loudspeaker and never also radio. Matched on lower case.
export const PHRASES: Array<[Channel, string[]]> = [
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
      'quản lý văn bản và điều hành',
      'quản lý vb&đh',
      'quản lý vbđh',
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
      // "Tiếng loa biên phòng": a loudspeaker heard, on a post or a village pole.
      'tiếng loa',
      'loa phóng thanh',
      'loa tuyên truyền',
      'phóng thanh',
    ],
  ],
  [
    'mobile_vehicle',
    [
      'xe tuyên truyền lưu động',
      'xe ô tô gắn loa',
      'xe gắn loa',
      'loa gắn trên xe',
      'loa gắn trên ô tô',
      // A loudspeaker that moves is the mobile team's: "loa truyền thanh lưu động", "Loa di động".
      'loa truyền thanh lưu động',
      'loa phát thanh lưu động',
      'loa phóng thanh lưu động',
      'loa truyền thanh di động',
      'loa lưu động',
      'loa di động',
      'đội thông tin lưu động',
      'tuyên truyền lưu động',
      'xe cổ động',
      'xe hoa',
      'xe tuyên truyền',
      'xe loa tuyên truyền',
      'xe loa',
      'lưu động',
    ],
  ],
  [
    'radio',
    ['đài phát thanh', 'đài truyền thanh', 'chương trình phát thanh', 'phát thanh', 'truyền thanh'],
  ],
  ['television', ['phóng sự truyền hình', 'kênh truyền hình', 'truyền hình']],
  [
    'press',
    [
      'phương tiện thông tin đại chúng',
      'phương tiện truyền thông đại chúng',
      'cơ quan báo chí',
      'cơ quan thông tin đại chúng',
      'thông tin đại chúng',
      'báo chí',
      'báo in',
      'báo điện tử',
      'tạp chí',
      'trên báo',
    ],
  ],
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
      'pa nô',
      'pa-nô',
      'ban-nơ',
      'ban nơ',
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
      // In person: "tuyên truyền trực tiếp", "vận động đến tận nhà" ("sâu rộng đến từng hộ dân"
      // is how far the word should reach, not how).
      'tuyên truyền trực tiếp',
      'vận động trực tiếp',
      'trực tiếp tuyên truyền',
      'đến tận nhà',
      // Going to people: "xuống gặp từng hộ dân", "đến từng tàu thuyền" (not "liên quan trực
      // tiếp đến", nor an inspection "xuống từng xã kiểm tra").
      'gặp từng hộ',
      'gặp từng cử tri',
      'đến từng tàu',
      // People gathered to be told: "Tại buổi gặp mặt …", "các buổi tiếp xúc ứng cử viên".
      'gặp mặt',
      'buổi tiếp xúc',
      // A rally: "mít tinh cổ động".
      'mít tinh',
      'mít-tinh',
      'mit tinh',
      'báo cáo viên',
      'tuyên truyền viên',
      'tiếp xúc cử tri',
      'hội thảo',
      'tọa đàm',
      'toạ đàm',
      'mạn đàm',
      'diễn đàn',
      'buổi tuyên truyền',
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
  [
    'cultural_event',
    [
      'chương trình nghệ thuật',
      'hoạt động văn hóa, thể thao',
      'hoạt động văn hoá, thể thao',
      'hoạt động văn hóa - thể thao',
      'hoạt động văn hoá - thể thao',
      'văn nghệ',
      'hội thi',
      'cuộc thi',
      'liên hoan',
      'hội diễn',
      'biểu diễn',
      'gameshow',
      'game show',
      'hoạt động thể thao',
      'giải thể thao',
    ],
  ],
];

// Phrases that need context: a meeting is outreach when it is held to inform, not to review.
export const PATTERNS: Array<[Channel, RegExp]> = [
  [
    'meeting',
    /hội nghị (tuyên truyền|quán triệt|phổ biến|học tập|tập huấn|cử tri|tiếp xúc|báo cáo viên)/gu,
  ],
  [
    'meeting',
    /sinh hoạt (chi bộ|đoàn thể|định kỳ|chi hội|chi đoàn|tổ|chuyên đề|các tổ chức|thôn|bản|ấp|xóm|khu phố|lớp|dưới cờ)/gu,
  ],
  // Outreach carried by meetings: "tuyên truyền thông qua các cuộc họp, sinh hoạt bản".
  ['meeting', /(?:thông qua|qua|lồng ghép (?:vào|trong)) (?:các )?(?:cuộc|buổi) họp/gu],
  ['press', /(?<![\p{L}])[Bb]áo (?=\p{Lu})/gu],
  // Sessions counted in a report are meetings: "244 cuộc có 17.270 lượt người dự".
  [
    'meeting',
    /(?<![\p{L}\d])\d[\d.]*\s+cuộc(?!\s+(?:thi|bầu cử|vận động|họp|điện|gọi|biểu diễn))(?![\p{L}])/gu,
  ],
  ['meeting', /lượt người (?:dự|tham dự|tham gia|nghe)/gu],
  // Posts shared by the hundred are shared online: "chia sẻ gần 2.400 tin, bài", "lượt chia sẻ".
  [
    'social_media',
    /chia sẻ (?:(?:gần|hơn|trên|khoảng) )?\d[\d.]* (?:lượt )?(?:tin|bài|video|clip|hình ảnh)(?![\p{L}])|lượt chia sẻ/gu,
  ],
  // Going house to house ("vượt bản đến từng nhà tuyên truyền", "đến từng nếp nhà"), but not how
  // far word should spread ("tuyên truyền sâu rộng đến từng hộ dân").
  [
    'meeting',
    /(?<!(?:sâu rộng|rộng rãi|rộng khắp|kịp thời|lan tỏa|phổ biến)\s)đến từng (?:hộ|nhà|nếp nhà|gia đình)(?![\p{L}])/gu,
  ],
  // Going out to people oneself: "trực tiếp đến các tàu cá", "trực tiếp xuống từng hộ" (not what
  // bears on something, "liên quan trực tiếp đến các", nor papers sent "gửi trực tiếp đến").
  [
    'meeting',
    /(?<!(?:liên quan|ảnh hưởng|tác động|gửi|chuyển|báo cáo)\s)trực tiếp (?:đến|tới|xuống) (?:các|từng|tận)(?![\p{L}])/gu,
  ],
  // Door to door: "đi từng ngõ, gõ từng nhà", "gõ cửa từng nhà", "xuống từng hộ dân".
  ['meeting', /(?:gõ cửa|gõ|đi|xuống|tới) từng (?:nhà|hộ|ngõ|nếp nhà|gia đình)(?![\p{L}])/gu],
  // A session of talk with voters, not a show: "chương trình Giao lưu, tuyên truyền …".
  [
    'meeting',
    /(?:chương trình|buổi|hoạt động) giao lưu(?![\p{L}])(?!,?\s+(?:văn nghệ|văn hóa|thể thao))/gu,
  ],
  // Messages "gửi tới các thuê bao" go to phones, whatever the sentence calls them.
  ['sms', /(?:gửi|tới|đến) (?:các )?thuê bao/gu],
  // A loudspeaker or slogans carried on a motorbike or a car ("chạy xe gắn máy có khẩu hiệu … và
  // loa", "loa phóng thanh và khẩu hiệu tuyên truyền trên xe máy") are the vehicle's outreach:
  // the whole phrase is mobile, so the loudspeaker inside it is not also a fixed one. A second
  // "trên" names a second medium: "loa truyền thanh cơ sở, trên các xe lưu động" is both.
  [
    'mobile_vehicle',
    /(?<![\p{L}])xe\s(?:có\s)?(?:gắn|mang|chở|trang bị)(?![\p{L}])[^.;\n]{0,40}?(?<![\p{L}])loa(?: (?:truyền|phát|phóng) thanh)?(?![\p{L}])|(?<![\p{L}])(?:xe (?:gắn )?máy|xe mô tô|xe ô tô|ô tô|xe cổ động|xe tuyên truyền|xe hoa|đoàn xe)(?:\s(?:có|gắn|mang|chở|kèm|trang bị)(?![\p{L}])[^.;\n]{0,60}?|[^.;\n]{0,40}?\s(?:mang theo|gắn|trang bị|chở)\s[^.;\n]{0,30}?|[^.;,\n]{0,30}?)(?<![\p{L}])loa(?: (?:truyền|phát|phóng) thanh)?(?![\p{L}])|(?<![\p{L}])loa(?![\p{L}])(?:(?!\s*(?:,|và)\s+trên\s)[^.;\n]){0,50}?\strên (?:các )?(?:xe (?:gắn )?máy|xe mô tô|xe ô tô|ô tô|xe)(?![\p{L}])/gu,
  ],
  // "phát thanh trên hệ thống loa" broadcasts on loudspeakers, not on a radio station.
  [
    'loudspeaker',
    /phát thanh (?:trên|qua) (?:các )?(?:hệ thống )?(?:loa|cụm loa)(?: truyền thanh)?(?: cơ sở)?/gu,
  ],
];

/**
 * Words that contain a channel word but name none: "báo" in "thông báo", "báo cáo";
 * "cờ" in "cờ thi đua" (an award); a press release is not a use of the press.
 */
export const NOT_CHANNELS = [
  'thông cáo báo chí',
  'thông báo',
  'báo cáo',
  'cảnh báo',
  'dự báo',
  'cờ thi đua',
  'cờ vua',
  'cờ tướng',
  'cờ bạc',
  // The official gazette publishes laws, not outreach.
  'công báo',
  // A motto's flag ("tiến bước dưới cờ Đảng") and the village's meeting house are no channel.
  'dưới cờ',
  'dưới lá cờ',
  'nhà họp thôn',
  'nhà họp khu phố',
  'nhà họp bản',
  'nhà họp xóm',
  'nhà họp ấp',
];
