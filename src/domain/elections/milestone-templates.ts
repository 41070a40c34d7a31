import type { ElectionType } from './election';
import { VILLAGE_HEAD_LAW, VILLAGE_HEAD_LAW_FROM } from './voting-rules';

/** One step of a template: a day offset from election day (or working days, for village heads). */
export interface MilestoneTemplateItem {
  code: string;
  title: string;
  offset: number;
  /** Count `offset` in working days (Monday–Friday) instead of calendar days. */
  workingDays?: boolean;
  /** A time of day or span that goes with the date ("07:00–19:00", "02–03/02"). */
  time?: string;
  note?: string;
  /** Shown to voters on the portal as a step ahead. */
  forVoters?: boolean;
  /** The law the step comes from, shown beside it. */
  citation?: string;
  /** Each thôn / khu phố does the step itself and shows its own evidence. */
  perSubUnit?: boolean;
}

export interface MilestoneTemplate {
  code: string;
  type: ElectionType;
  name: string;
  items: MilestoneTemplateItem[];
  /** The day the cited law took effect: an earlier election's steps carry no citation of it. */
  citedFrom?: string;
}

/** Milestone codes the application itself acts upon. */
export const OFFICIAL_CANDIDATE_LIST = 'candidate_list';
export const ELECTION_DAY = 'election_day';

const LBC = (article: string): string =>
  `${article} Luật Bầu cử đại biểu Quốc hội và đại biểu HĐND số 85/2015/QH13`;
const LBC_2025 = ' (sửa đổi bởi Luật 83/2025/QH15)';

const NA_2015: MilestoneTemplateItem[] = [
  { code: 'announce_day', title: 'Công bố ngày bầu cử', offset: -115, citation: LBC('Điều 5') },
  {
    code: 'committees',
    title: 'Thành lập Ủy ban bầu cử các cấp',
    offset: -105,
    citation: LBC('Điều 22'),
  },
  {
    code: 'consult_1',
    title: 'Hội nghị hiệp thương lần thứ nhất',
    offset: -95,
    citation: LBC('Điều 38, 50'),
  },
  {
    code: 'adjust_1',
    title: 'Điều chỉnh lần thứ nhất cơ cấu, thành phần, số lượng người được giới thiệu ứng cử',
    offset: -90,
    citation: LBC('Điều 40, 51'),
  },
  {
    code: 'districts',
    title: 'Công bố số đơn vị bầu cử, danh sách đơn vị bầu cử và số đại biểu được bầu',
    offset: -80,
    forVoters: true,
  },
  { code: 'boards', title: 'Thành lập Ban bầu cử', offset: -70, citation: LBC('Điều 24') },
  {
    code: 'nominations',
    title: 'Hạn nộp hồ sơ ứng cử',
    offset: -70,
    time: '17:00',
    citation: LBC('Điều 36'),
  },
  { code: 'consult_2', title: 'Hội nghị hiệp thương lần thứ hai', offset: -65 },
  { code: 'teams', title: 'Thành lập Tổ bầu cử', offset: -50 },
  {
    code: 'voter_list',
    title: 'Niêm yết danh sách cử tri',
    offset: -40,
    citation: LBC('Điều 32'),
    forVoters: true,
  },
  { code: 'consult_3', title: 'Hội nghị hiệp thương lần thứ ba', offset: -35 },
  {
    code: OFFICIAL_CANDIDATE_LIST,
    title: 'Công bố danh sách chính thức người ứng cử',
    offset: -25,
    forVoters: true,
  },
  {
    code: 'candidate_posting',
    title: 'Niêm yết danh sách người ứng cử tại khu vực bỏ phiếu',
    offset: -20,
    note: 'Bắt đầu vận động bầu cử khi danh sách được công bố',
    forVoters: true,
  },
  {
    code: 'candidate_complaints',
    title: 'Ngừng xem xét, giải quyết khiếu nại về người ứng cử',
    offset: -10,
    citation: LBC('Điều 61'),
  },
  {
    code: 'campaign_end',
    title: 'Kết thúc vận động bầu cử',
    offset: -1,
    time: '07:00',
    note: '24 giờ trước khi bắt đầu bỏ phiếu',
    forVoters: true,
  },
  {
    code: ELECTION_DAY,
    title: 'Ngày bầu cử',
    offset: 0,
    time: '07:00–19:00',
    note: 'Có thể bắt đầu từ 05:00 và kết thúc muộn nhất 21:00',
    forVoters: true,
  },
  {
    code: 'results_hdnd',
    title: 'Công bố kết quả bầu cử đại biểu HĐND',
    offset: 10,
    citation: LBC('Điều 86'),
    forVoters: true,
  },
  {
    code: 'results_na',
    title: 'Công bố kết quả bầu cử đại biểu Quốc hội',
    offset: 20,
    citation: LBC('Điều 86'),
    forVoters: true,
  },
];

// Luật 83/2025/QH15: the offsets the amendment changed, and the dates the 2026 cycle used.
const NA_2025_CHANGES: Record<string, Partial<MilestoneTemplateItem>> = {
  nominations: { offset: -42 },
  teams: { offset: -43 },
  consult_2: { offset: -41, time: '2 ngày' },
  consult_3: { offset: -23 },
  [OFFICIAL_CANDIDATE_LIST]: { offset: -17 },
  candidate_posting: { offset: -16 },
  results_na: { offset: 10 },
};

const NA_2025: MilestoneTemplateItem[] = [
  ...NA_2015.map((item) => ({
    ...item,
    ...NA_2025_CHANGES[item.code],
    ...(item.citation ? { citation: item.citation + LBC_2025 } : {}),
  })),
  {
    code: 'voter_list_complaints',
    title: 'Giải quyết xong khiếu nại về danh sách cử tri',
    offset: -5,
    forVoters: true,
  },
].sort((a, b) => a.offset - b.offset);

// Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 and the decree that details it; the shared
// template (election-templates.md) names no article, so none is invented here.
const DCCS = VILLAGE_HEAD_LAW;

const VILLAGE_HEAD: MilestoneTemplateItem[] = [
  {
    code: 'decision',
    title: 'Quyết định tổ chức bầu và kế hoạch, hướng dẫn của UBND cấp xã',
    offset: -20,
    citation: DCCS,
  },
  {
    code: 'nominations',
    title: 'Danh sách người ứng cử gửi UBND cấp xã',
    offset: -15,
    citation: DCCS,
  },
  { code: 'teams', title: 'Thành lập Tổ bầu cử', offset: -10, citation: DCCS },
  {
    code: OFFICIAL_CANDIDATE_LIST,
    title: 'Niêm yết, thông báo công khai (nhà văn hóa, loa truyền thanh)',
    offset: -7,
    forVoters: true,
    citation: DCCS,
  },
  {
    code: ELECTION_DAY,
    title: 'Hội nghị cộng đồng dân cư bầu trưởng thôn / tổ trưởng tổ dân phố',
    offset: 0,
    forVoters: true,
    citation: DCCS,
  },
  {
    code: 'recognition',
    title: 'UBND cấp xã công nhận kết quả hoặc quyết định bầu lại',
    offset: 5,
    workingDays: true,
    forVoters: true,
    citation: DCCS,
  },
];

const OTHER: MilestoneTemplateItem[] = [
  { code: ELECTION_DAY, title: 'Ngày bầu cử', offset: 0, forVoters: true },
];

export const MILESTONE_TEMPLATES: MilestoneTemplate[] = [
  {
    code: 'NA_HDND_2025',
    type: 'NA_HDND',
    name: 'Bầu cử ĐBQH và HĐND (từ năm 2026)',
    items: NA_2025,
  },
  {
    code: 'NA_HDND_2015',
    type: 'NA_HDND',
    name: 'Bầu cử ĐBQH và HĐND (2016, 2021)',
    items: NA_2015,
  },
  {
    code: 'VILLAGE_HEAD',
    type: 'VILLAGE_HEAD',
    name: 'Bầu trưởng thôn, tổ trưởng tổ dân phố',
    items: VILLAGE_HEAD,
    citedFrom: VILLAGE_HEAD_LAW_FROM,
  },
  { code: 'OTHER', type: 'OTHER', name: 'Cuộc bầu cử khác', items: OTHER },
];

/** The template of a code, or undefined. */
export const findTemplate = (code: string): MilestoneTemplate | undefined =>
  MILESTONE_TEMPLATES.find((t) => t.code === code);

/** The template a new election of a type takes when none is named. */
export function defaultTemplate(type: ElectionType, day: string): string {
  switch (type) {
    case 'NA_HDND':
      return day >= '2025-07-01' ? 'NA_HDND_2025' : 'NA_HDND_2015';
    case 'VILLAGE_HEAD':
      return 'VILLAGE_HEAD';
    case 'OTHER':
      return 'OTHER';
  }
}
