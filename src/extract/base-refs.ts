// How Vietnamese documents cite other documents: type, number, date, issuer, then the
// subject ("về việc …"), which a basis leaves out.

const TYPE_WORDS = [
  'Kế hoạch',
  'Chỉ thị',
  'Nghị quyết',
  'Hướng dẫn',
  'Thông báo',
  'Quyết định',
  'Công văn',
  'CV',
  'Văn bản',
  'Nghị định',
  'Thông tư',
  'Kết luận',
  'Chương trình',
  'Công điện',
  'Thông tri',
  'Luật',
  'Pháp lệnh',
  'Đề án',
  'Phương án',
  'Quy định',
];
/** Either case of the first letter: "kế hoạch số 47/KH-UBBC" is cited as well. */
const caseless = (w: string): string =>
  `[${w.charAt(0)}${w.charAt(0).toLocaleLowerCase('vi')}]${w.slice(1)}`;
const TYPES = `(?:${TYPE_WORDS.map(caseless).join('|')})`;
const NUMBER = String.raw`\d+(?:\s*[-/]\s*[\p{Lu}\d][\p{L}\d]*)*`;
const DATE = String.raw`\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}`;
// The issuer ends where the subject matter ("về …"), a second document ("và Hướng dẫn số …")
// or punctuation begins; "và" inside a name ("Sở Thông tin và Truyền thông") does not end it.
const ISSUER = String.raw`[^,;.()"“:]{2,80}?(?=\s+(?:[Vv]ề|với|nhằm|để|trong|tại|theo|đã|cần|là|thực hiện|triển khai|[Qq]uy định|[Hh]ướng dẫn|xây dựng|sửa đổi)\s|\s+và\s+(?:các\s+)?${TYPES}|\s*[,;.()"“:]|\s*$)`;

/** A numbered citation: "Nghị quyết Liên tịch số 09/2008/NQLT-CP ngày 17/4/2008 của Chính phủ". */
export const NUMBERED_REF = new RegExp(
  `${TYPES}(?:\\s+[Ll]iên tịch)?\\s+(?:số\\s*:?\\s*)?${NUMBER}(?:,?\\s+ngày\\s+(?:${DATE}))?(?:,?\\s+của\\s+${ISSUER})?`,
  'gu',
);

// Cited by name, right after the word that cites it: "Thực hiện Chỉ thị của Ban Thường vụ
// Tỉnh ủy", "Thực hiện Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân".
// "theo hướng dẫn của …" in lower case is guidance in general; "Hướng dẫn của …" is a document.
const NAMED_TYPES = `(?:${['Kế hoạch', 'Chỉ thị', 'Nghị quyết', 'Quyết định'].map(caseless).join('|')}|Hướng dẫn|Công văn|Kết luận|Thông báo)`;
const BY_ISSUER = new RegExp(
  `^${NAMED_TYPES}(?:\\s+(?!của\\s|số\\s)[\\p{L}\\d-]+){0,5}?\\s+của\\s+${ISSUER}`,
  'u',
);
const LAW = new RegExp(
  String.raw`^(?:Luật|Bộ luật|Hiến pháp|Pháp lệnh)(?!\s+này)\s+[^;,.()"“:]{2,120}?(?=\s+(?:[Vv]ề|ngày|số|năm|đã|và các|để|nhằm|thực hiện)\s|\s*[;,.()"“:]|\s*$)(?:\s+số\s+${NUMBER})?(?:\s+ngày\s+(?:${DATE}))?`,
  'u',
);

// A law whose name holds commas is still one citation when its number follows:
// "Pháp lệnh thực hiện dân chủ ở xã, phường, thị trấn số 34/2007/PL-UBTVQH11 ngày … của …".
const NUMBERED_LAW = new RegExp(
  String.raw`^(?:Luật|Bộ luật|Pháp lệnh)\s+[^;.()"“:]{2,120}?\s+số\s+${NUMBER}(?:,?\s+ngày\s+(?:${DATE}))?(?:,?\s+của\s+${ISSUER})?`,
  'u',
);

/** A document cited by its name at the start of `text`, or null. */
export function namedRefAt(text: string): string | null {
  const m = BY_ISSUER.exec(text) ?? NUMBERED_LAW.exec(text) ?? LAW.exec(text);
  return m ? m[0].trim() : null;
}

/** The number of a citation, for telling "Nghị quyết 172" and "… 172/2021/NQ-HĐND" apart. */
export function refNumber(ref: string): string | null {
  return new RegExp(`\\s(?:số\\s+)?(${NUMBER})`, 'u').exec(ref)?.[1]?.replace(/\s+/g, '') ?? null;
}
