import type { Assignment } from './extraction.schema';
import type { Found } from './header';
import { numberingOf, stripNumbering, wordCount, type Line } from './lines';
import type { SectionInfo } from './sections';
import { firstDate } from './dates';
import { sentencesOf } from './sentences';

const UNIT_WORDS =
  /^(các|chi hội|chi đoàn|phòng|ban|bộ phận|ủy ban|uỷ ban|ubnd|ubmttq|mttq|mặt trận|trung tâm|văn phòng|đài|công an|ban chỉ huy|hội|đoàn|liên đoàn|huyện đoàn|thành đoàn|cán bộ|công chức|đảng ủy|đảng uỷ|chi bộ|tổ|thôn|khu phố|bản|trưởng|sở|cơ quan|tiểu ban|trường|bưu điện|viettel|vnpt|nhà văn hóa|quân sự|y tế|hội đồng)(?!\p{L})/iu;
const NOT_UNITS =
  /^(phân công|tổ chức thực hiện|nhiệm vụ|thời gian|kinh phí|chế độ|nội dung|hình thức|mục đích|yêu cầu|lưu ý|ghi chú|địa điểm|phương châm|đối tượng|kết quả)/iu;
const REQUEST = /^(đề nghị|giao|đối với|yêu cầu)\s+/iu;

export const FREQUENCY =
  /((?:tối thiểu|ít nhất|tối đa|không quá|trung bình|bình quân)\s+)?(\d{1,2})\s*(lần|buổi|tin|bài|tin,? bài|chương trình)\s*\/\s*(ngày|tuần|tháng|đợt|quý)|(?:(?:định kỳ\s+)?(?:hằng|hàng)\s+(?:ngày|tuần|tháng))|theo tuần|theo tháng|mỗi (?:ngày|tuần|tháng)|\d{1,2} lần mỗi (?:ngày|tuần|tháng)/iu;
const DEADLINE =
  /(?:trước|chậm nhất(?: là)?|xong trước|hoàn thành trước|hạn chót|không muộn hơn)\s+(?:ngày\s+)?/iu;

/** Assignments in the implementation section: "2. Unit" with bullet tasks, or "Unit: tasks". */
export function findAssignments(
  lines: Line[],
  sections: Map<number, SectionInfo>,
  defaultYear: number | null,
): Array<Found<Assignment>> {
  const out: Array<Found<Assignment>> = [];
  let current: { unit: string; line: Line; tasks: string[] } | null = null;
  const flush = () => {
    if (current && current.tasks.length > 0)
      out.push(build(current.unit, current.line, current.tasks, defaultYear));
    current = null;
  };
  for (const line of lines) {
    if (/^Nơi nhận/iu.test(line.text)) break;
    if (!sections.get(line.index)?.implementation || !line.text) continue;
    const numbering = numberingOf(line.text);
    const isBullet = numbering === '-' || numbering === '+';
    const body = stripNumbering(line.text);
    if (isBullet && current) {
      current.tasks.push(body);
      continue;
    }
    const labelled = /^([^:]{3,120}):\s*(.+)$/u.exec(body);
    const label = labelled?.[1];
    if (label && isUnit(label, numbering !== null && !isBullet)) {
      flush();
      current = { unit: cleanUnit(label), line, tasks: [labelled[2] ?? ''] };
      flush();
      continue;
    }
    if (
      numbering &&
      !isBullet &&
      isUnit(body, true) &&
      wordCount(body) <= 15 &&
      !/[.;]$/.test(body)
    ) {
      flush();
      current = { unit: cleanUnit(body), line, tasks: [] };
      continue;
    }
    flush();
  }
  flush();
  return out;
}

function isUnit(label: string, numbered: boolean): boolean {
  const text = label.replace(REQUEST, '');
  if (wordCount(text) > 15 || NOT_UNITS.test(text)) return false;
  return numbered || UNIT_WORDS.test(text);
}

const cleanUnit = (label: string): string => label.replace(REQUEST, '').replace(/[.:]$/, '').trim();

function build(
  unit: string,
  line: Line,
  rawTasks: string[],
  defaultYear: number | null,
): Found<Assignment> {
  const all = rawTasks.join(' ');
  const frequency = FREQUENCY.exec(all)?.[0] ?? null;
  const cue = DEADLINE.exec(all);
  const deadline = cue
    ? (firstDate(all.slice(cue.index, cue.index + cue[0].length + 25), defaultYear)?.iso ?? null)
    : null;
  const tasks = rawTasks
    .flatMap((t) => sentencesOf(t).map((s) => s.text))
    .map((t) => t.replace(/[.;]+$/u, '').trim())
    .filter((t) => t.length > 0);
  const unitAt = line.text.indexOf(unit);
  return {
    value: {
      unit,
      tasks,
      frequency,
      deadline: deadline && deadline.length === 10 ? deadline : null,
    },
    span: {
      start: line.start + Math.max(0, unitAt),
      end: line.start + Math.max(0, unitAt) + unit.length,
    },
  };
}
