import type { Assignment } from './extraction.schema';
import type { Found } from './header';
import { lower, numberingOf, stripNumbering, wordCount, type Line } from './lines';
import { listItemsAfter } from './list-items';
import { findProseAssignments } from './prose-assignments';
import { deadlineOf, frequencyOf, isScheduleOnly } from './schedule';
import type { SectionInfo } from './sections';
import { sentencesOf } from './sentences';
import { startsWithUnit } from './unit-lexicon';

export { FREQUENCY } from './schedule';

const UNIT_WORDS =
  /^(các|chi hội|chi đoàn|phòng|ban|bộ phận|ủy ban|uỷ ban|ubnd|ubmttq|mttq|mặt trận|trung tâm|văn phòng|đài|công an|ban chỉ huy|hội|đoàn|liên đoàn|huyện đoàn|thành đoàn|cán bộ|công chức|đảng ủy|đảng uỷ|chi bộ|tổ|thôn|khu phố|bản|trưởng|sở|cơ quan|tiểu ban|trường|bưu điện|viettel|vnpt|nhà văn hóa|quân sự|y tế|hội đồng)(?!\p{L})/iu;
const NOT_UNITS =
  /^(phân công|tổ chức thực hiện|nhiệm vụ|thời gian|kinh phí|chế độ|nội dung|hình thức|mục đích|yêu cầu|lưu ý|ghi chú|địa điểm|phương châm|đối tượng|kết quả)/iu;
const REQUEST = /^(đề nghị|giao|đối với|yêu cầu)\s+/iu;
/** A table flattened to lines: the task, then "Tổ chức thực hiện: <units>", then its time. */
const DOER_LABEL =
  /^(?:tổ chức thực hiện|đơn vị thực hiện|cơ quan thực hiện|đơn vị chủ trì|cơ quan chủ trì|chủ trì thực hiện|đơn vị phụ trách|cơ quan phụ trách)\s*:\s*(.+)$/iu;
/** A line giving the plan's grounds: the work it names is the cited documents'. */
const GROUNDS = /^\s*(?:căn cứ|thực hiện|theo|thi hành|triển khai|để)(?![\p{L}])/iu;
const TIME_LABEL = /^thời gian(?: thực hiện)?\s*:\s*(.+)$/iu;

interface Draft {
  unit: string;
  line: Line;
  /** One entry per bullet or sentence, as written. */
  tasks: string[];
  /** Extra text that states the schedule without being a task. */
  schedule?: string;
}

/**
 * Assignments: in the implementation section, "2. Unit" with bullet tasks or "Unit: tasks";
 * anywhere, a flattened table's "Tổ chức thực hiện: units" row, and requests and future tasks
 * stated in prose ("đề nghị X …", "X sẽ …").
 */
export function findAssignments(
  lines: Line[],
  sections: Map<number, SectionInfo>,
  defaultYear: number | null,
  plan = false,
): Array<Found<Assignment>> {
  const end = lines.findIndex((l) => /^Nơi nhận/iu.test(l.text));
  const body = end < 0 ? lines : lines.slice(0, end);
  const used = new Set<number>();
  const drafts = [...structured(body, sections, used), ...tabled(body, used)];
  body.forEach((first, i) => {
    const info = sections.get(first.index);
    if (used.has(first.index) || info?.aims || !first.text) return;
    const { line, last } = joinBroken(body, i, used);
    // A plan states work to be done throughout, not only under its implementation heading: a
    // unit opening a sentence with a task verb ("UBND phường in ấn kế hoạch") is given that task.
    // Its grounds ("Căn cứ …", "Thực hiện Kế hoạch … của X chỉ đạo …") cite others' work instead.
    const directed = (plan && !GROUNDS.test(line.text)) || (info?.implementation ?? false);
    for (const p of findProseAssignments(line, directed)) {
      const items = p.listed ? listItemsAfter(body, last) : [];
      for (const item of items ?? []) used.add(item.index);
      const tasks = [...p.tasks, ...(items ?? []).map((l) => stripNumbering(l.text))];
      // "… đẩy mạnh tuyên truyền những nội dung như sau:" over unnumbered paragraphs: the
      // announcing clause is what is known of the task.
      if (tasks.length === 0 && items?.length === 0 && p.intro) tasks.push(p.intro);
      drafts.push({ unit: p.unit, line, tasks, schedule: p.sentence });
    }
  });
  return merge(drafts)
    .map((d) => build(d, defaultYear))
    .filter((a) => a.value.tasks.length > 0);
}

/**
 * A sentence a PDF broke across lines read as one: "… đề nghị Phòng Văn hóa" / "và Thông tin các
 * huyện thực hiện …". A line with no closing mark joins the next when that opens in lower case;
 * the lines joined are marked used. Offsets stay true: the line break becomes one space.
 */
function joinBroken(body: Line[], i: number, used: Set<number>): { line: Line; last: number } {
  const first = body[i] as Line;
  let text = first.text;
  let last = i;
  for (let j = i + 1; j < body.length && j - i <= MAX_JOINED; j++) {
    const next = body[j] as Line;
    const adjacent = next.start === first.start + text.length + 1;
    if (!adjacent || /[.:;!?…]\s*$/u.test(text) || !/^\p{Ll}/u.test(next.text)) break;
    if (numberingOf(next.text) !== null) break;
    text = `${text} ${next.text}`;
    used.add(next.index);
    last = j;
  }
  return { line: last === i ? first : { ...first, text }, last };
}

/** How many broken lines one sentence is read over: bounds a hostile text of short lines. */
const MAX_JOINED = 6;

/** "2. Unit" followed by its bullets, or "Unit: task" lines, under the implementation heading. */
function structured(lines: Line[], sections: Map<number, SectionInfo>, used: Set<number>): Draft[] {
  const out: Draft[] = [];
  let current: Draft | null = null;
  const flush = () => {
    if (current && current.tasks.length > 0) out.push(current);
    current = null;
  };
  for (const line of lines) {
    if (!sections.get(line.index)?.implementation || !line.text) continue;
    const numbering = numberingOf(line.text);
    const isBullet = numbering === '-' || numbering === '+';
    const body = stripNumbering(line.text);
    if (isBullet && current) {
      current.tasks.push(body);
      used.add(line.index);
      continue;
    }
    const labelled = /^([^:]{3,120}):\s*(.+)$/u.exec(body);
    const label = labelled?.[1];
    if (label && isUnit(label, numbering !== null && !isBullet)) {
      flush();
      current = { unit: cleanUnit(label), line, tasks: [labelled[2] ?? ''] };
      used.add(line.index);
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
      used.add(line.index);
      continue;
    }
    flush();
  }
  flush();
  return out;
}

/**
 * "1.1. Task" … "Tổ chức thực hiện: A, B." … "Thời gian thực hiện: …": the bodies named together
 * are given the task together, as one assignment (as SCHEMA.md's seeds keep "Ủy ban MTTQ và các
 * đoàn thể, các khu phố"); the officer matching it to units splits it if need be.
 */
function tabled(lines: Line[], used: Set<number>): Draft[] {
  const out: Draft[] = [];
  lines.forEach((line, i) => {
    const units = DOER_LABEL.exec(line.text)?.[1];
    if (!units || !startsWithUnit(units)) return;
    const task = lines
      .slice(Math.max(0, i - 4), i)
      .reverse()
      .find((l) => numberingOf(l.text) !== null && !DOER_LABEL.test(l.text));
    if (!task) return;
    const next = lines.slice(i + 1, i + 4).find((l) => l.text);
    const time = next ? TIME_LABEL.exec(next.text)?.[1] : undefined;
    used.add(line.index);
    const unit = units.replace(/[.;,\s]+$/u, '').trim();
    out.push({ unit, line, tasks: [stripNumbering(task.text)], schedule: time });
  });
  return out;
}

/**
 * The same unit named in several places is one assignment with all its tasks. Linear in the
 * drafts: a hostile line can name one unit thousands of times.
 */
function merge(drafts: Draft[]): Draft[] {
  const byUnit = new Map<string, { draft: Draft; seen: Set<string>; schedules: Set<string> }>();
  for (const d of drafts) {
    const key = lower(d.unit).replace(/\s+/gu, ' ');
    const entry = byUnit.get(key);
    if (!entry) {
      byUnit.set(key, {
        draft: { ...d, tasks: [...d.tasks] },
        seen: new Set(d.tasks),
        schedules: new Set(d.schedule ? [d.schedule] : []),
      });
      continue;
    }
    for (const t of d.tasks) {
      if (entry.seen.has(t)) continue;
      entry.seen.add(t);
      entry.draft.tasks.push(t);
    }
    if (d.schedule) entry.schedules.add(d.schedule);
  }
  return [...byUnit.values()].map(({ draft, schedules }) =>
    schedules.size > 0 ? { ...draft, schedule: [...schedules].join(' ') } : draft,
  );
}

function isUnit(label: string, numbered: boolean): boolean {
  const text = label.replace(REQUEST, '');
  if (wordCount(text) > 15 || NOT_UNITS.test(text)) return false;
  return numbered || UNIT_WORDS.test(text);
}

const cleanUnit = (label: string): string => label.replace(REQUEST, '').replace(/[.:]$/, '').trim();

/**
 * One task per bullet; a sentence that only gives a frequency or deadline sets the schedule of
 * the bullet it follows (or stands in) instead of being a task.
 */
function build(draft: Draft, defaultYear: number | null): Found<Assignment> {
  const all = [...draft.tasks, draft.schedule ?? ''].join(' ');
  const tasks: string[] = [];
  for (const bullet of draft.tasks) {
    const kept = sentencesOf(bullet)
      .map((s) => s.text.replace(/[.;]+$/u, '').trim())
      .filter((s) => s.length > 0 && !isScheduleOnly(s));
    if (kept.length > 0) tasks.push(kept.join('. '));
  }
  const unitAt = Math.max(0, draft.line.text.indexOf(draft.unit));
  const start = draft.line.start + unitAt;
  return {
    value: {
      unit: draft.unit,
      tasks,
      frequency: frequencyOf(all),
      deadline: deadlineOf(all, defaultYear),
    },
    span: { start, end: start + draft.unit.length },
  };
}
