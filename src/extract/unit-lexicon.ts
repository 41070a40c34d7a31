// Words that name a unit given a task, and words that start the task, for reading assignments
// out of prose ("Sở Y tế yêu cầu các đơn vị chủ động …", "Đội tuyên truyền sẽ tổ chức …").

/** How a unit's name opens: a head noun, optionally after "các", "cả", "từng". */
const UNIT_HEAD = new RegExp(
  '^(?:(?:tất cả các|các|cả|toàn bộ|từng|mỗi|những)\\s+(?:cấp\\s+)?)?(?:' +
    [
      'ubnd',
      'ubmttq',
      'mttq',
      'hđnd',
      'bcđ',
      'ủy ban',
      'uỷ ban',
      'mặt trận',
      'sở',
      'bộ',
      'phòng',
      'tiểu ban',
      'ban',
      'đài',
      'báo',
      'trung tâm',
      'văn phòng',
      'chi hội',
      'hội',
      'chi đoàn',
      'công đoàn',
      'đoàn',
      'thành đoàn',
      'huyện đoàn',
      'tỉnh đoàn',
      'liên đoàn',
      'đội',
      'công an',
      'quân sự',
      'bộ chỉ huy',
      'trường',
      'tổ',
      'chi bộ',
      'đảng ủy',
      'đảng uỷ',
      'đảng bộ',
      'cấp ủy',
      'cấp uỷ',
      'bộ phận',
      'công chức',
      'cán bộ',
      'thủ trưởng',
      'lãnh đạo',
      'trưởng ban',
      'trưởng thôn',
      'trưởng ấp',
      'trưởng bản',
      'trưởng khu phố',
      'thôn',
      'ấp',
      'bản',
      'khu phố',
      'xã',
      'phường',
      'thị trấn',
      'huyện',
      'quận',
      'thị xã',
      'thành phố',
      'địa phương',
      'đơn vị',
      'cơ quan',
      'ngành',
      'doanh nghiệp',
      'nhà mạng',
      'hệ thống chính trị',
      'thành viên',
      'cơ sở',
      'bưu điện',
      'viettel',
      'vnpt',
      'nhà văn hóa',
      'y tế',
      'hội đồng',
      'bệnh viện',
      'đặc khu',
      'lực lượng',
      // A notice to fly the flag goes to "tất cả các trụ sở cơ quan …".
      'trụ sở',
    ].join('|') +
    ')(?![\\p{L}\\d])',
  'iu',
);

/**
 * The head of a body, named by its office, that a request is addressed to: "giao chủ tịch UBND
 * các phường, xã, thủ trưởng các cơ quan …". Only after a request: as a subject, "Chủ tịch UBND
 * tỉnh … nhấn mạnh" is a person speaking.
 */
const OFFICE_HEAD = /^(?:chủ tịch|phó chủ tịch|giám đốc|hiệu trưởng|bí thư)\s+\S/iu;

/**
 * Words after which the task begins ("sẽ", "có trách nhiệm") and that the task leaves out. In
 * lower case only, as they are written mid-sentence: "CẦN THƠ" and "Cần Thơ" are a city.
 */
export const MODAL =
  /^(?:sẽ(?: tiếp tục)?|cần|phải|có trách nhiệm|chịu trách nhiệm|được giao(?: nhiệm vụ)?|được phân công|có nhiệm vụ)(?![\p{L}])\s*/u;

/** Verbs that open a task; the unit's name stops before them. */
const TASK_VERB =
  /^(?:tổ chức|triển khai|thực hiện|tăng cường|đẩy mạnh|tiếp tục|chủ động|quan tâm|bám sát|nêu cao|phối hợp|chủ trì|xây dựng|hướng dẫn|chỉ đạo|thông báo|căn cứ|sao chép|đăng tải|biên tập|biên soạn|treo|trang trí|rà soát|theo dõi|báo cáo|tham mưu|vận động|phổ biến|quán triệt|cung cấp|đảm bảo|bảo đảm|niêm yết|cập nhật|sớm|khẩn trương|nghiêm túc|tập trung|làm tốt|ban hành|chuẩn bị|hoàn thành|duy trì|tăng|tích cực|lồng ghép|huy động|tiếp sóng|sản xuất|giám sát|định hướng|nắm bắt|phát động|mở chuyên mục|phát sóng|gửi|in ấn|dự kiến|bố trí|tổng hợp|đôn đốc|phát hành|thường xuyên|thành lập|nắm chắc|nắm vững|làm theo|ra quân|tuyên truyền|thông tin)(?![\p{L}])/u;
/** "tuyên truyền", "thông tin" also end unit names ("Đội tuyên truyền", "hệ thống thông tin"). */
const NOUN_TOO = /^(?:tuyên truyền|thông tin)/u;
/** "các tổ chức", "cơ quan, tổ chức": the organisations, not the verb "to organise". */
const ORG_NOUN = /^tổ chức(?![\p{L}])/u;
const ORG_BEFORE = /(?:(?<![\p{L}])(?:các|những|mọi|cùng)|,)$/iu;
const NOUN_BEFORE = /(?:công tác|văn hóa|cơ quan|và|,|\s[-–])$/iu;
/** After a head noun a verb is part of the name: "Ban chỉ đạo", "Hội đồng phối hợp …". */
const HEAD_BEFORE =
  /(?<![\p{L}])(?:ban|tiểu ban|đội|tổ|hệ thống|trung tâm|sở|phòng|đài|bộ phận|hội đồng|ủy ban|uỷ ban)$/iu;
const NAME_VERB =
  /^(?:chỉ đạo|phối hợp|tuyên truyền|thông tin|kiểm tra|giám sát|điều hành|quản lý|chỉ huy|vận động|thường trực|bầu cử)(?![\p{L}])/iu;
/** Whether `rest` goes on with the name of a body `before` opened: "Ban | chỉ đạo xã". */
export const continuesName = (before: string, rest: string): boolean =>
  HEAD_BEFORE.test(before.trimEnd()) && NAME_VERB.test(rest);
/** Head words that open a verb or a common noun instead: "tổ chức", "xã hội", "báo cáo". */
const FALSE_HEAD =
  /^(?:(?:các|những)\s+)?(?:tổ chức|ban hành|báo cáo|hội nghị|hội thi|hội diễn|phòng,? chống|đoàn kết|đoàn viên|xã hội|trường hợp|cơ sở (?:dữ liệu|vật chất|pháp lý)|các nội dung)(?![\p{L}])/iu;
/** Words that make the clause a report of work done, or the unit the one who asks. */
const DONE =
  /^(?:đã|vừa|đang|từng|cho biết|là|được|đề nghị|yêu cầu|chỉ đạo|giao|kêu gọi|nhấn mạnh|phát biểu|ghi nhận|biểu dương)(?![\p{L}])/iu;

/**
 * Words no body's name holds: "Ban Thường trực … trong việc phối hợp" is a topic, not a subject;
 * "xã Vạn Lộc có hơn 48.700 cử tri sẽ …" counts the voters; "thành viên … đến dự, giám sát" came
 * to a meeting.
 */
const NOT_IN_NAME =
  /^(?:(?:trong|về) việc|có (?:(?:hơn|gần|trên|khoảng)\s+)?\d|(?:đến|về|tới) dự|tham dự)(?![\p{L}])/iu;

/** A lower-case subject names a body by its proper name: "cán bộ Hội LHPN các xã". */
const NAMED = /\s\p{Lu}/u;

/** Whether `text` opens with a body's name ("các trường hợp …", "tổ chức …" do not). */
export const startsWithUnit = (text: string): boolean =>
  UNIT_HEAD.test(text) && !FALSE_HEAD.test(text);

export interface UnitSplit {
  unit: string;
  /** Where the rest (modal or task verb) starts in the text. */
  restAt: number;
}

/**
 * Reads a unit's name from the start of `text` up to the first task verb or modal; null when
 * the text does not open with a unit or no task follows within a short name. A requested unit's
 * own directing ("giao X chỉ đạo, kiểm tra …") is its task, not a report of a request.
 */
export function splitUnit(text: string, requested = false): UnitSplit | null {
  // A unit's name opens with a capital or with "các", "cả"…: a bare "huyện" is not one. After
  // "đề nghị", "mong" the name is known to follow, and may be longer and open in lower case.
  if (!(UNIT_HEAD.test(text) || (requested && OFFICE_HEAD.test(text))) || FALSE_HEAD.test(text))
    return null;
  // In lower case mid-sentence ("…, cán bộ Hội LHPN các xã sẽ triển khai …") a name is a subject
  // only when it carries a proper name and "sẽ" follows it.
  const lower =
    !requested && !/^(?:\p{Lu}|(?:tất cả các|các|cả|từng|mỗi|những|toàn bộ)\s)/u.test(text);
  // Only the first words can end a name: read them lazily, not every word of a long line. A list
  // of bodies ("tất cả các cơ quan, đơn vị, …, trường học, bệnh viện và hộ nhân dân") may run
  // long, so the cap counts the words of each of its items, within a bound on the whole.
  const maxWords = requested ? 30 : 18;
  let i = -1;
  let item = 0;
  for (const word of text.matchAll(/\S+/gu)) {
    i += 1;
    const before = text.slice(0, word.index).trimEnd();
    // A request may list its bodies with semicolons: "đề nghị Tiểu ban …; Ủy ban bầu cử các
    // huyện; Ủy ban bầu cử các xã … khẩn trương thực hiện …".
    const rest = text.slice(word.index);
    const listed =
      before.endsWith(',') ||
      (requested && before.endsWith(';') && /^\p{Lu}/u.test(rest) && startsWithUnit(rest));
    item = listed ? 1 : item + 1;
    if (i === 0) continue;
    if (item > maxWords || i > MAX_LIST_WORDS) break;
    if ((/[.:;()]$/u.test(before) && !listed) || NOT_IN_NAME.test(rest)) return null;
    if (lower) {
      // "… xã Hòa Bình sẽ bầu 25 đại biểu", "… sẽ là điểm bỏ phiếu" give no task: a task verb must
      // follow "sẽ".
      const task = /^sẽ(?: tiếp tục)?\s+/u.exec(rest);
      if (task && NAMED.test(before) && TASK_VERB.test(rest.slice(task[0].length)))
        return found(before, word.index);
      if (MODAL.test(rest) || DONE.test(rest) || TASK_VERB.test(rest)) return null;
      continue;
    }
    if (MODAL.test(rest)) return found(before, word.index);
    if (continuesName(before, rest)) continue;
    if (DONE.test(rest) && !(requested && TASK_VERB.test(rest))) return null;
    if (ORG_NOUN.test(rest) && ORG_BEFORE.test(before)) continue;
    if (TASK_VERB.test(rest) && !(NOUN_TOO.test(rest) && NOUN_BEFORE.test(before)))
      return found(before, word.index);
  }
  return null;
}

/** The most words a list of bodies named together is read over. */
const MAX_LIST_WORDS = 60;

/** Other words that open an item of a list of units: "…, bệnh viện, tổ chức khác và hộ dân". */
const LIST_ITEM = /^(?:tổ chức|hộ|lực lượng|nơi|thị)(?![\p{L}])/iu;

/**
 * A bare "các thành viên" names no one: whose members the text said before. A part after a
 * comma that opens in lower case with no unit's word ("Đảng ủy xác định, trước hết cần …") is
 * the sentence going on, not a unit's name.
 */
function found(before: string, restAt: number): UnitSplit | null {
  const unit = before.replace(/,$/u, '');
  if (/^(?:các|từng|mỗi)?\s*thành viên$/iu.test(unit)) return null;
  const parts = unit.split(/,\s*/u).slice(1);
  const loose = (part: string) =>
    /^\p{Ll}/u.test(part) && !UNIT_HEAD.test(part) && !LIST_ITEM.test(part);
  return parts.some(loose) ? null : { unit, restAt };
}

/** "Ban Tuyên giáo Tỉnh ủy, Sở Văn hóa, Thể thao và Du lịch" → the two units it lists. */
export function splitUnitList(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(/\s*[,;]\s*/u)) {
    const previous = out.at(-1);
    if (previous !== undefined && !(UNIT_HEAD.test(part) && /^\p{Lu}/u.test(part)))
      out[out.length - 1] = `${previous}, ${part}`;
    else out.push(part);
  }
  return out.map((u) => u.replace(/[.;,\s]+$/u, '').trim()).filter((u) => u.length > 0);
}
