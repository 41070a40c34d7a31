import { isUpper, lower, numberingOf, ROMAN, stripNumbering, wordCount, type Line } from './lines';

/** What part of a plan a line belongs to, by the headings above it. */
export interface SectionInfo {
  /** Under "Mục đích", "Yêu cầu" or "Nội dung": topics and aims, not the channels used. */
  aims: boolean;
  /** Under "Tổ chức thực hiện" or a like heading: who does what. */
  implementation: boolean;
}

const AIMS =
  /^(mục đích|yêu cầu|mục đích,? yêu cầu|mục tiêu|ý nghĩa|nội dung|nội dung tuyên truyền|nội dung trọng tâm)$/u;
const IMPLEMENTATION =
  /^(tổ chức thực hiện|phân công (nhiệm vụ|thực hiện|trách nhiệm)|trách nhiệm thực hiện|nhiệm vụ cụ thể|nhiệm vụ (của )?các (cơ quan|đơn vị)|phân công|nhiệm vụ (tuần tới|tháng tới|thời gian tới|đợt tới|tiếp theo)|phương hướng,? nhiệm vụ)/u;
/** Unnumbered labels that open a section ("Tổ chức thực hiện:"), seen in articles restating plans. */
const KNOWN_LABELS =
  /^(mục đích|yêu cầu|mục tiêu|nội dung|hình thức|thời gian|tổ chức thực hiện|phân công|kinh phí|chế độ báo cáo|giải pháp|nhiệm vụ|kết quả|phương châm|đối tượng)/u;
const TOP_NUMBERING = new RegExp(`^${ROMAN}\\.$`, 'u');

export interface Heading {
  level: 1 | 2;
  label: string;
}

/** The heading a line opens, if it opens one. */
export function headingOf(text: string): Heading | null {
  const numbering = numberingOf(text);
  const body = stripNumbering(text);
  const label = lower(body.split(':')[0] ?? '')
    .trim()
    .replace(/[.:]$/, '');
  if (numbering && TOP_NUMBERING.test(numbering) && numbering !== '.') return { level: 1, label };
  if (!numbering && isUpper(body) && wordCount(body) >= 2 && wordCount(body) <= 15)
    return { level: 1, label };
  if (numbering && /^\d/.test(numbering) && (wordCount(body) <= 12 || body.includes(':')))
    return { level: 2, label };
  if (!numbering && /^[^:]{3,40}:/.test(body) && KNOWN_LABELS.test(label))
    return { level: 1, label };
  return null;
}

/** Section information for every line from `from` to `to`. */
export function sectionsOf(lines: Line[], from: number, to: number): Map<number, SectionInfo> {
  const out = new Map<number, SectionInfo>();
  let top: string | null = null;
  let sub: string | null = null;
  for (const line of lines.slice(from, to)) {
    const heading = headingOf(line.text);
    if (heading?.level === 1) {
      top = heading.label;
      sub = null;
    } else if (heading?.level === 2) sub = heading.label;
    out.set(line.index, {
      aims: AIMS.test(sub ?? top ?? ''),
      implementation: IMPLEMENTATION.test(top ?? '') || IMPLEMENTATION.test(sub ?? ''),
    });
  }
  return out;
}
