// Assignments stated in running text rather than under a unit's heading: "Sở Y tế yêu cầu các
// đơn vị chủ động …", "Đội tuyên truyền lưu động tỉnh sẽ tổ chức …", "X chủ trì, phối hợp …".
import type { Span } from './extraction.schema';
import type { Line } from './lines';
import { clausesOf, sentencesOf, type Piece } from './sentences';
import { wordCount } from './lines';
import { HeldSpans } from './held-spans';
import { continuesName, MODAL, splitUnit, startsWithUnit, type UnitSplit } from './unit-lexicon';

export interface ProseAssignment {
  unit: string;
  tasks: string[];
  /** The sentence the assignment was read from (at most MAX_READ either side), for its schedule. */
  sentence: string;
  span: Span;
  /** The task only announces the list below ("… một số nhiệm vụ sau:"): its items are the tasks. */
  listed: boolean;
  /** The announcing clause itself, the task when no numbered items follow. */
  intro: string | null;
}

/**
 * A request to a unit: "đề nghị X …", "yêu cầu X …", "giao (cho) X …", "(rất) mong X …", a notice
 * "thông báo đến X phải treo cờ …"; not a document's name ("Thông báo phân công thành viên …"), nor
 * "hội nghị giao ban triển khai …" (a briefing).
 */
const REQUEST =
  /(?<![\p{L}])(?<!được )(?:đề nghị|yêu cầu|thông báo (?:đến|tới|cho)|giao(?! ban \p{Ll})(?: nhiệm vụ)?(?: cho)?|chỉ đạo|(?<!(?:thông báo|quyết định|tờ trình) )phân công(?: cho)?|(?:rất )?mong(?! muốn| đợi| chờ))\s+/giu;
/**
 * Future work in the passive names its unit after "được": "… sẽ tiếp tục được Công đoàn Khu Kinh
 * tế chỉ đạo triển khai …".
 */
const PASSIVE_FUTURE = /(?<![\p{L}])sẽ(?: tiếp tục)? được\s+(?=\p{Lu})/gu;
/** "… vào ngày 22/5 sẽ có lực lượng ĐVTN phối hợp …": the body that will be there to do the work. */
const WILL_HAVE = /(?<![\p{L}])sẽ có\s+/gu;
/** Where a clause may open with its subject: the sentence start, or after a comma or semicolon. */
const CLAUSE_START = /(?:^|[,;:]\s*)(?=\S)/gu;
/** Lead-ins before the subject of a sentence. */
const LEAD_IN =
  /^(?:theo (?:đó|kế hoạch)|đồng thời|ngoài ra|bên cạnh đó|thời gian tới|trong thời gian tới|sắp tới|cụ thể|trong đó)\s*,?\s*/iu;
/**
 * "Theo đó, X …", "Theo nội dung thông báo, X …": news restating a directive, whose clauses are
 * what it asks of X, as "sẽ" would say; work already done says "đã", which no unit's name passes.
 */
const RESTATED_LEAD =
  /^(?:theo đó|theo (?:nội dung )?(?:thông báo|văn bản|công văn|kế hoạch|hướng dẫn|chỉ thị|công điện|quyết định)(?: (?:này|trên|nêu trên))?)\s*,\s*/iu;
/** "Đối với các cơ quan, đơn vị thuộc Bộ: căn cứ …": a unit's part of a directive, after its label. */
const FOR_UNIT = /(?<![\p{L}])đối với\s+(?=[^:.;]{3,150}:)/giu;
/**
 * The day a reported piece of work was done, just before its subject: "Ngày 26/4,", "Tối 11/3,",
 * "Chiều ngày 7/5,", "…, ngày 31/3,", "Từ ngày 22/4/2021 đến nay,".
 */
const DAY_LEAD =
  /(?:(?:^|[\s,;(])(?:(?:sáng|chiều|tối|trưa|đêm)\s+)?(?:ngày\s+)?\d{1,2}\s*[/-]\s*\d{1,2}(?:\s*[/-]\s*\d{2,4})?|từ ngày\s+[^,;]{3,30}?\s+đến nay)\s*,\s*$/iu;
/**
 * The place a reported event was held, just before its subject: "Tại tuyến đường trung tâm
 * huyện,", "…, tại Công viên số 1 Lý Thái Tổ (phường Vườn Lài),".
 */
const PLACE_LEAD = /(?:^|[\s,;(])tại\s[^,;.]{2,80},\s*$/iu;
/**
 * A time still to come just before the subject: "Từ nay đến 22-5,", "Theo đó, từ nay đến ngày
 * bầu cử (23/5/2021),", "Trong thời gian tới,", "Sắp tới,".
 */
const AHEAD_LEAD =
  /(?:(?<![\p{L}])từ nay (?:đến|tới)\s[^,;.]{1,40}|(?<![\p{L}])(?:trong\s+)?thời gian tới|(?<![\p{L}])sắp tới)\s*,\s*$/iu;
/** A subject without a modal is read only with a verb that directs work, not one that reports it. */
const DIRECTIVE =
  /^(?:chủ trì(?! (?:hội nghị|cuộc họp|buổi|phiên|lễ))|phối hợp|tiếp tục|có trách nhiệm|chịu trách nhiệm)(?![\p{L}])/iu;
/** A task that says only "carry it out" adds nothing ("yêu cầu các đơn vị triển khai thực hiện"). */
const EMPTY_TASK =
  /^(?:(?:nghiêm túc|khẩn trương|tổ chức|triển khai|thực hiện|tốt|có hiệu quả|kế hoạch(?: này)?|nội dung (?:trên|này)|các nội dung trên)[\s,]*)+$/iu;

/** A clause that announces the tasks listed below it rather than stating one. */
const LIST_INTRO =
  /(?:^|\s)(?:như sau|dưới đây|(?:nhiệm vụ|nội dung|việc|công việc|yêu cầu)(?: cụ thể)? sau)\s*:?$/iu;

/**
 * A clause that says what the body is or what is done to it, not what it does: "Trụ sở UBND xã sẽ
 * là nơi bỏ phiếu", "Các tổ bầu cử phải được thành lập". A body "được giao" a task is given one.
 */
const NO_TASK =
  /^(?:là|bị|trở thành|được(?!\s+(?:giao|phân công|yêu cầu|đề nghị|cử|huy động)(?![\p{L}])))(?![\p{L}])/iu;

/** A task already done: "… chỉ đạo Công đoàn Công ty X tổ chức thành công Gameshow …". */
const DONE_TASK = /^\p{L}+(?: \p{L}+)? thành công(?![\p{L}])/iu;

/** What the list holds, left at the end of its announcing clause: "… một số nhiệm vụ cụ thể". */
const LIST_NOUN =
  /\s*(?:(?:một số|những|các)\s+)?(?:nhiệm vụ|nội dung|việc|công việc|yêu cầu)(?: cụ thể)?$/iu;

/** A clause that comments on the task rather than adding one ("trong đó, …"). */
const ASIDE = /^(?:trong đó|nhằm|qua đó)(?![\p{L}])/iu;

/**
 * How far past its start one assignment is read: a real sentence gives a unit its tasks in far
 * fewer characters, and the bound keeps a hostile line of one endless sentence linear.
 */
const MAX_READ = 1_500;

/** Assignments in one line of running text. */
export function findProseAssignments(line: Line, directed: boolean): ProseAssignment[] {
  return sentencesOf(line.text, line.start).flatMap((sentence) => inSentence(sentence, directed));
}

function inSentence(sentence: Piece, directed: boolean): ProseAssignment[] {
  // The characters of unit names already read: a later start inside one is not a new unit.
  const taken = new HeldSpans(sentence.text.length + 1);
  const found: Array<{ from: number; marker: number; how: How; value: ProseAssignment }> = [];
  const push = (from: number, text: string, how: How, marker = from) => {
    if (taken.holds(from)) return;
    const read = readAssignment(text, how);
    if (!read) return;
    taken.hold(from, from + read.end);
    found.push({
      from,
      marker,
      how,
      value: {
        unit: read.unit,
        tasks: read.tasks,
        sentence: sentence.text.slice(Math.max(0, from - MAX_READ), from + MAX_READ),
        listed: read.listed,
        intro: read.intro,
        span: { start: sentence.start + from, end: sentence.start + from + read.unit.length },
      },
    });
  };
  const read = (from: number) => sentence.text.slice(from, from + MAX_READ);
  // The unit of passive future work ("sẽ được X chỉ đạo …") is read as a requested one: its
  // directing is its task.
  for (const [marker, how] of NAMED_AFTER)
    for (const m of sentence.text.matchAll(marker)) {
      // "Ban chỉ đạo xã …" names a steering board: its "chỉ đạo" directs no one.
      if (continuesName(sentence.text.slice(Math.max(0, m.index - 40), m.index), m[0])) continue;
      const from = m.index + m[0].length;
      push(from, read(from), how, m.index);
    }
  for (const m of sentence.text.matchAll(CLAUSE_START)) {
    const at = m.index + m[0].length;
    const head = read(at);
    const restated = RESTATED_LEAD.exec(head)?.[0].length ?? 0;
    const lead = restated || (LEAD_IN.exec(head)?.[0].length ?? 0);
    const before = sentence.text.slice(Math.max(0, at - 80), at + lead);
    // "Ngày 26/4, X phối hợp với Y tổ chức …" reports a day's work: only "sẽ" makes it a task.
    // So does one held at a place ("Tại …, X phối hợp với Y lắp đặt 40 pa nô").
    const dated = !directed && (DAY_LEAD.test(before) || PLACE_LEAD.test(before));
    // "Từ nay đến ngày bầu cử, X tập trung tuyên truyền …" says what X is to do, as "sẽ" would.
    const ahead = !directed && AHEAD_LEAD.test(before);
    push(at + lead, lead ? read(at + lead) : head, {
      modalOnly: !directed && !ahead && !restated,
      requested: false,
      dated,
    });
  }
  // "Thủ trưởng các cơ quan có trách nhiệm chỉ đạo các xã hướng dẫn nhân dân …": directing the
  // bodies below is the subject's own first task, not work given to them. Only when the directing
  // verb is the subject's first ("X tiếp tục chỉ đạo Y"): "X …, đồng thời đề nghị Y …" asks Y.
  const ends = found.filter((f) => !f.how.requested).map((f) => f.from + f.value.unit.length);
  const nested = (f: (typeof found)[number]): boolean =>
    f.how.requested &&
    DIRECTING.test(sentence.text.slice(f.marker)) &&
    ends.some((end) => end <= f.marker && FIRST_VERB.test(sentence.text.slice(end, f.marker)));
  return found
    .filter((f) => !nested(f))
    .sort((a, b) => a.from - b.from)
    .map((f) => f.value);
}

interface Read {
  unit: string;
  tasks: string[];
  /** Where the unit's name ends. */
  end: number;
  listed: boolean;
  intro: string | null;
}

/** How a unit's clause is read. */
interface How {
  /** A task needs "sẽ", "cần"… or a directing verb after the unit ("X chủ trì …"). */
  modalOnly: boolean;
  /** The unit follows a request ("đề nghị X …"): its name may be longer, its directing a task. */
  requested: boolean;
  /** The clause reports a dated day's work: only a modal makes it a task. */
  dated: boolean;
  /** The unit's name ends at a colon ("Đối với X: …"), its tasks after it. */
  labelled?: boolean;
}
const REQUESTED: How = { modalOnly: false, requested: true, dated: false };
const LABELLED: How = { ...REQUESTED, labelled: true };
/** A superior directing or handing work to the bodies below it. */
const DIRECTING = /^(?:chỉ đạo|giao|phân công)(?![\p{L}])/iu;
/** What may stand between a subject and its first verb: a modal, "tiếp tục", "trực tiếp". */
const FIRST_VERB =
  /^\s*(?:(?:sẽ|cần|phải|có trách nhiệm|chịu trách nhiệm|tiếp tục|trực tiếp|thường xuyên)\s+)*$/iu;
/** Words after which a unit is named, and how its clause is then read. */
const NAMED_AFTER: Array<[RegExp, How]> = [
  [REQUEST, REQUESTED],
  [PASSIVE_FUTURE, REQUESTED],
  [WILL_HAVE, REQUESTED],
  [FOR_UNIT, LABELLED],
];

/** "X: tasks" after "đối với": the name up to the colon, when it opens as a unit's does. */
function splitLabel(text: string): UnitSplit | null {
  const colon = text.indexOf(':');
  const unit = text.slice(0, colon).trim();
  return colon > 0 && startsWithUnit(unit) && wordCount(unit) <= 30
    ? { unit, restAt: colon + 1 }
    : null;
}

function readAssignment(text: string, { modalOnly, requested, dated, labelled }: How): Read | null {
  const split = labelled ? splitLabel(text) : splitUnit(text, requested);
  if (!split) return null;
  const rest = text.slice(split.restAt).trimStart();
  if (modalOnly && !MODAL.test(rest) && (dated || !DIRECTIVE.test(rest))) return null;
  const task = rest.replace(MODAL, '');
  if (DONE_TASK.test(rest) || NO_TASK.test(task)) return null;
  const clauses = clausesOf(task).map((c) =>
    c.text
      .replace(/^(?:đồng thời|và)\s+/iu, '')
      .replace(/[\s.;,/]+$/u, '')
      .trim(),
  );
  const listed = LIST_INTRO.test(clauses.at(-1) ?? '') && /:\s*$/u.test(text);
  const tasks = clauses
    .map((t) => t.replace(/[\s:]+$/u, ''))
    .filter((t) => t.length > 0 && !EMPTY_TASK.test(t) && !ASIDE.test(t) && !LIST_INTRO.test(t));
  if (tasks.length === 0 && !listed) return null;
  // Only a request's list stands for its task: "X xây dựng kế hoạch … như sau:" opens a plan.
  const intro =
    listed && requested
      ? (clauses.at(-1) ?? '').replace(LIST_INTRO, '').replace(LIST_NOUN, '').trim()
      : '';
  const kept = intro && !EMPTY_TASK.test(intro) ? intro : null;
  return { unit: split.unit, tasks, end: split.unit.length, listed, intro: kept };
}
