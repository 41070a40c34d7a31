import type { ContentKind } from '../../domain/content/content';

/** `{unit}` in a title stands for the name of the unit that made the item. */
export interface ContentTemplate {
  level: 'nation' | 'province' | 'commune';
  kind: ContentKind;
  title: string;
  summary: string;
  body: string;
  themes: string[];
  approved: boolean;
  /** Put on the portal's news of its unit once approved (articles and Q&A only). */
  publish: boolean;
  /** Days after the campaign's first day on which it was written. */
  day: number;
  /** One commune in `every` makes it (1: every unit of the level). */
  every: number;
  validUntil?: string;
}

const SAMPLE = '(Dữ liệu mẫu)';
const ELECTION = 'Bầu cử ĐBQH và HĐND 2026 - 2031';
const RIGHTS = 'Quyền và nghĩa vụ cử tri';

const item = (t: Omit<ContentTemplate, 'every'> & { every?: number }): ContentTemplate => ({
  every: 1,
  ...t,
});

/** The national radio programme the provinces' stations carry. */
export const NATIONAL_PROGRAMME =
  'File ghi âm tuyên truyền bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp';
/** The election-week notice every commune's loudspeakers play twice a day. */
export const ELECTION_DAY_NOTICE =
  'Thông báo: Chủ nhật 15/3/2026 là ngày bầu cử, mời cử tri đi bỏ phiếu';

/** What the national level, each province and some communes write during the campaign. */
export const CONTENT_TEMPLATES: ContentTemplate[] = [
  item({
    level: 'nation',
    kind: 'article',
    title:
      'Ngày 15/3/2026, cử tri cả nước đi bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp',
    summary: 'Thời gian bầu cử, quyền và nghĩa vụ của cử tri.',
    body: `Cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031 được tổ chức vào Chủ nhật, ngày 15/3/2026.\n\nMỗi cử tri tự mình đi bầu, không nhờ người khác bầu thay. Khi đi bầu, cử tri mang theo thẻ cử tri và giấy tờ tùy thân.\n\n${SAMPLE}`,
    themes: [ELECTION, RIGHTS],
    approved: true,
    publish: true,
    day: 1,
  }),
  item({
    level: 'nation',
    kind: 'slogans',
    title: 'Khẩu hiệu tuyên truyền cuộc bầu cử đại biểu Quốc hội và HĐND các cấp',
    summary: 'Dùng cho băng rôn, pano và loa truyền thanh.',
    body: `Nhiệt liệt chào mừng cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031!\nNgày 15/3/2026, cử tri cả nước đi bầu cử!\nBầu cử là quyền và nghĩa vụ của mỗi công dân!\n${SAMPLE}`,
    themes: [ELECTION],
    approved: true,
    publish: false,
    day: 2,
  }),
  item({
    level: 'nation',
    kind: 'audio',
    title: NATIONAL_PROGRAMME,
    summary: 'Phát trên hệ thống loa truyền thanh cơ sở tối thiểu 01 lần/ngày.',
    body: `Kịch bản: Kính thưa bà con cử tri! Cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp sẽ diễn ra vào Chủ nhật, ngày 15/3/2026. Mỗi cử tri hãy kiểm tra tên mình trong danh sách cử tri và tìm hiểu người ứng cử. ${SAMPLE}`,
    themes: [ELECTION, RIGHTS],
    approved: true,
    publish: false,
    day: 3,
  }),
  item({
    level: 'nation',
    kind: 'qa',
    title: 'Hỏi – đáp về bầu cử đại biểu Quốc hội và đại biểu HĐND các cấp',
    summary: 'Những câu hỏi cử tri hay đặt ra và câu trả lời theo Luật Bầu cử.',
    body: `Hỏi: Ai có quyền bầu cử?\nĐáp: Công dân Việt Nam đủ 18 tuổi trở lên tính đến ngày bầu cử, trừ các trường hợp luật định.\n\nHỏi: Có được bầu thay người khác không?\nĐáp: Không. Cử tri phải tự mình bỏ phiếu; người không tự viết được phiếu thì nhờ người khác viết hộ nhưng tự mình bỏ phiếu.\n\n${SAMPLE}`,
    themes: [RIGHTS],
    approved: true,
    publish: true,
    day: 20,
  }),
  item({
    level: 'nation',
    kind: 'article',
    title: 'Những điều cử tri cần biết khi đến khu vực bỏ phiếu',
    summary: 'Giờ bỏ phiếu, giấy tờ cần mang, cách ghi phiếu bầu.',
    body: `Việc bỏ phiếu bắt đầu từ 7 giờ sáng và kết thúc lúc 19 giờ cùng ngày. Cử tri gạch tên người mình không bầu trên phiếu, tự tay bỏ phiếu vào hòm phiếu.\n\n${SAMPLE}`,
    themes: [RIGHTS],
    approved: true,
    publish: true,
    day: 45,
  }),
  item({
    level: 'nation',
    kind: 'audio',
    title: ELECTION_DAY_NOTICE,
    summary: 'Phát hằng ngày trong tuần bầu cử, sáng và chiều.',
    body: `Kịch bản: Chủ nhật ngày 15/3/2026 là ngày bầu cử. Mời bà con cử tri mang theo thẻ cử tri, đến khu vực bỏ phiếu từ 7 giờ sáng. ${SAMPLE}`,
    themes: [ELECTION],
    approved: true,
    publish: false,
    day: 54,
    validUntil: '2026-03-15',
  }),
  item({
    level: 'nation',
    kind: 'poster',
    title: 'Tranh cổ động cuộc bầu cử (chờ tải tệp thiết kế)',
    summary: 'Mẫu tranh cổ động khổ A0 cho các địa phương in lại.',
    body: '',
    themes: [ELECTION],
    approved: false,
    publish: false,
    day: 58,
  }),
  item({
    level: 'nation',
    kind: 'video',
    title: 'Video hướng dẫn cử tri bỏ phiếu (đang biên tập)',
    summary: 'Hướng dẫn từng bước tại khu vực bỏ phiếu.',
    body: '',
    themes: [RIGHTS],
    approved: false,
    publish: false,
    day: 60,
  }),
  item({
    level: 'province',
    kind: 'slogans',
    title: 'Khẩu hiệu tuyên truyền bầu cử trên địa bàn {unit}',
    summary: 'Bổ sung khẩu hiệu của tỉnh cho băng rôn, pano.',
    body: `Toàn dân tích cực tham gia bầu cử!\nMỗi lá phiếu góp phần xây dựng quê hương!\n${SAMPLE}`,
    themes: [ELECTION],
    approved: true,
    publish: false,
    day: 9,
  }),
  item({
    level: 'province',
    kind: 'audio',
    title: 'Bản tin phát thanh về bầu cử của {unit}',
    summary: 'Phát trên loa truyền thanh các xã 03 buổi/tuần.',
    body: `Kịch bản: Bản tin tuyên truyền bầu cử của tỉnh: tiến độ niêm yết danh sách cử tri, danh sách người ứng cử và những điều cử tri cần biết. ${SAMPLE}`,
    themes: [ELECTION],
    approved: true,
    publish: false,
    day: 40,
  }),
  item({
    level: 'province',
    kind: 'article',
    title: '{unit} sẵn sàng cho ngày bầu cử 15/3/2026',
    summary: 'Công tác chuẩn bị tại các khu vực bỏ phiếu trên địa bàn tỉnh.',
    body: `Đến nay, các khu vực bỏ phiếu trên địa bàn tỉnh đã niêm yết danh sách cử tri và danh sách những người ứng cử, hoàn tất việc trang trí phòng bỏ phiếu.\n\n${SAMPLE}`,
    themes: [ELECTION],
    approved: true,
    publish: true,
    day: 50,
  }),
  item({
    level: 'province',
    kind: 'article',
    title: '{unit} công bố danh sách chính thức những người ứng cử đại biểu HĐND tỉnh',
    summary: 'Danh sách được niêm yết tại các khu vực bỏ phiếu.',
    body: `Ủy ban bầu cử tỉnh đã công bố danh sách chính thức những người ứng cử theo từng đơn vị bầu cử.\n\n${SAMPLE}`,
    themes: [ELECTION],
    approved: true,
    publish: true,
    day: 52,
  }),
  item({
    level: 'province',
    kind: 'poster',
    title: 'Tờ gấp hỏi – đáp về bầu cử của {unit} (chờ tải tệp)',
    summary: 'Tờ gấp phát tới từng hộ gia đình.',
    body: '',
    themes: [RIGHTS],
    approved: false,
    publish: false,
    day: 44,
  }),
  item({
    level: 'province',
    kind: 'article',
    title: 'Tổng hợp kết quả tuyên truyền bầu cử của {unit}',
    summary: 'Dự thảo tin tổng hợp sau ngày bầu cử.',
    body: `Dự thảo: tổng hợp số buổi phát thanh, tin bài, hội nghị trên địa bàn tỉnh. ${SAMPLE}`,
    themes: [ELECTION],
    approved: false,
    publish: false,
    day: 70,
  }),
  item({
    level: 'commune',
    kind: 'article',
    title: '{unit} niêm yết danh sách cử tri tại các khu vực bỏ phiếu',
    summary: 'Cử tri kiểm tra tên mình và báo ngay nếu có sai sót.',
    body: `Danh sách cử tri được niêm yết tại nhà văn hóa các thôn. Đề nghị bà con kiểm tra và phản ánh với Ủy ban nhân dân xã nếu có sai sót.\n\n${SAMPLE}`,
    themes: [RIGHTS],
    approved: true,
    publish: true,
    day: 29,
    every: 3,
  }),
  item({
    level: 'commune',
    kind: 'article',
    title: '{unit} tổ chức hội nghị tiếp xúc cử tri với người ứng cử đại biểu HĐND',
    summary: 'Cử tri các thôn gặp gỡ, nghe chương trình hành động của người ứng cử.',
    body: `Tại hội nghị, những người ứng cử đã trình bày chương trình hành động và trả lời ý kiến của cử tri.\n\n${SAMPLE}`,
    themes: [ELECTION],
    approved: true,
    publish: true,
    day: 38,
    every: 2,
  }),
  item({
    level: 'commune',
    kind: 'article',
    title: 'Kết quả tuyên truyền bầu cử trên loa truyền thanh của {unit}',
    summary: 'Dự thảo tin gửi cổng thông tin của xã.',
    body: `Dự thảo: số lượt phát trên hệ thống loa truyền thanh của xã trong tuần bầu cử. ${SAMPLE}`,
    themes: [ELECTION],
    approved: false,
    publish: false,
    day: 66,
    every: 5,
  }),
];
