import { parse } from 'csv-parse/sync';
import { CHANNEL_LABELS } from '../plans/channel-labels';
import { CHANNELS, type Channel } from '../plans/plan';
import { foldVietnamese } from '../shared/text';
import type { UnitKind } from '../units/unit';
import type { RowError } from '../units/unit-csv';
import type { ActivityCategory } from './activity';
import { activityIssues } from './activity-rules';
import { APPROX_KINDS, APPROX_WORDS, mainAndExtra, type Approx } from './figures';

/** One row of an activity spreadsheet as typed, with its line in the file (header = line 1). */
export interface ActivityRow {
  line: number;
  date: string;
  unit: string;
  channel: string;
  category: string;
  quantity: string;
  title: string;
  link: string;
  /** Other channels the same figure spans, separated by ";" or "+" ("Đài phát thanh; Truyền hình"). */
  extraChannels: string;
  /** A named outlet within the channel, as stated (fanpage “Truyền hình Hạ Long”). */
  outlet: string;
}

const HEADERS: Record<string, keyof Omit<ActivityRow, 'line'>> = {
  ngay: 'date',
  date: 'date',
  'don vi': 'unit',
  unit: 'unit',
  kenh: 'channel',
  channel: 'channel',
  loai: 'category',
  'loai hoat dong': 'category',
  category: 'category',
  'so luong': 'quantity',
  quantity: 'quantity',
  'noi dung': 'title',
  'tieu de': 'title',
  title: 'title',
  'lien ket': 'link',
  link: 'link',
  'minh chung': 'link',
  'kenh khac': 'extraChannels',
  'extra channels': 'extraChannels',
  'noi dang': 'outlet',
  'ten trang': 'outlet',
  outlet: 'outlet',
};

/** The columns of the downloadable template, in order. */
export const ACTIVITY_TEMPLATE_HEADER = [
  'ngay',
  'don_vi',
  'kenh',
  'loai',
  'so_luong',
  'tieu_de',
  'lien_ket',
  'kenh_khac',
  'noi_dang',
];

/** Maps a table (first row headers) to rows; a file-level error when the needed columns are missing. */
export function activityRowsFromTable(table: string[][]): {
  rows: ActivityRow[];
  fileError: string | null;
} {
  const [header, ...body] = table;
  if (!header) return { rows: [], fileError: 'Tệp trống.' };
  const cols = header.map((h) => HEADERS[foldVietnamese(h).replace(/_/g, ' ')] ?? null);
  const missing = (['date', 'unit', 'channel', 'category', 'quantity'] as const).filter(
    (k) => !cols.includes(k),
  );
  if (missing.length)
    return { rows: [], fileError: `Thiếu cột: ${missing.join(', ')}. Hãy dùng tệp mẫu.` };
  const rows = body
    .map((cells, i) => {
      const row: ActivityRow = {
        line: i + 2,
        date: '',
        unit: '',
        channel: '',
        category: '',
        quantity: '',
        title: '',
        link: '',
        extraChannels: '',
        outlet: '',
      };
      cols.forEach((c, j) => {
        if (c) row[c] = (cells[j] ?? '').normalize('NFC').trim();
      });
      return row;
    })
    .filter((r) => r.date || r.unit || r.quantity);
  return { rows, fileError: null };
}

export function csvTable(text: string): string[][] {
  const clean = text.replace(/^\uFEFF/, '');
  const first = clean.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (first.match(/;/g)?.length ?? 0) > (first.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: unknown = parse(clean, {
    delimiter,
    relax_column_count: true,
    skip_empty_lines: false,
    trim: true,
  });
  // Without `columns`, csv-parse yields arrays of strings; checked rather than asserted.
  return Array.isArray(rows) ? rows.map((r) => (Array.isArray(r) ? r.map(String) : [])) : [];
}

/** "05/6/2022", "5-6-2022" or "2022-06-05" → "2022-06-05"; null when not a real date. */
export function parseDayVi(text: string): string | null {
  const vi = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  const iso8601 = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  const [y, mo, d] = vi
    ? [vi[3], vi[2], vi[1]]
    : iso8601
      ? [iso8601[1], iso8601[2], iso8601[3]]
      : [];
  if (!y || !mo || !d) return null;
  const iso = `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? null : iso;
}

export interface ImportContext {
  today: string;
  findUnit: (text: string) => { id: string; kind: UnitKind } | null;
  categories: ActivityCategory[];
}

export interface PlannedActivity {
  line: number;
  unitId: string;
  occurredOn: string;
  channel: Channel;
  extraChannels: Channel[];
  outlet: string | null;
  approx: Approx | null;
  category: ActivityCategory;
  quantity: number;
  title: string | null;
  link: string | null;
}

/** Checks every row; returns the good ones and an error per bad field, by line. */
export function planActivityImport(
  rows: ActivityRow[],
  ctx: ImportContext,
): { planned: PlannedActivity[]; errors: RowError[] } {
  const errors: RowError[] = [];
  const planned: PlannedActivity[] = [];
  const byKey = new Map(
    ctx.categories.flatMap(
      (c) =>
        [
          [c.code, c],
          [foldVietnamese(c.name), c],
        ] as const,
    ),
  );
  for (const r of rows) {
    const err = (field: string, message: string) => errors.push({ line: r.line, field, message });
    const before = errors.length;
    const day = parseDayVi(r.date);
    if (!day) err('ngay', `Ngày "${r.date}" không hợp lệ (dùng dd/mm/yyyy).`);
    const unit = ctx.findUnit(r.unit);
    if (!unit) err('don_vi', `Không tìm thấy đơn vị "${r.unit}" trong phạm vi của bạn.`);
    const channel = channelFromText(r.channel);
    if (!channel) err('kenh', `Kênh "${r.channel}" không hợp lệ.`);
    const category = byKey.get(r.category) ?? byKey.get(foldVietnamese(r.category));
    const { approx, number } = statedQuantity(r.quantity);
    const quantity = Number(number.replace(/[.\s]/g, '').replace(',', '.'));
    const extraChannels: Channel[] = [];
    for (const text of r.extraChannels.split(/[;+]/).map((t) => t.trim())) {
      if (!text) continue;
      const c = channelFromText(text);
      if (c) extraChannels.push(c);
      else err('kenh_khac', `Kênh "${text}" không hợp lệ.`);
    }
    if (r.outlet.length > 200) err('noi_dang', 'Tên trang, kênh cụ thể dài quá 200 ký tự.');
    if (day && unit && channel) {
      for (const i of activityIssues(
        {
          occurredOn: day,
          channel,
          extraChannels,
          categoryCode: category?.code ?? r.category,
          quantity,
        },
        category,
        unit.kind,
        ctx.today,
      )) {
        err(COLUMN_OF_PATH[i.path] ?? 'loai', i.message);
      }
    }
    if (r.link && !/^https?:\/\/\S+$/.test(r.link))
      err('lien_ket', 'Liên kết phải bắt đầu bằng http:// hoặc https://.');
    if (errors.length === before && day && unit && channel && category) {
      planned.push({
        line: r.line,
        unitId: unit.id,
        occurredOn: day,
        ...mainAndExtra(channel, extraChannels),
        outlet: r.outlet || null,
        approx,
        category,
        quantity,
        title: r.title || null,
        link: r.link || null,
      });
    }
  }
  return { planned, errors };
}

/** The column an issue of `activityIssues` is reported under. */
const COLUMN_OF_PATH: Record<string, string> = {
  occurredOn: 'ngay',
  quantity: 'so_luong',
  extraChannels: 'kenh_khac',
  categoryCode: 'loai',
};

const APPROX_BY_WORD = new Map<string, Approx>(
  APPROX_KINDS.map((k) => [foldVietnamese(APPROX_WORDS[k]), k]),
);

/**
 * A quantity as the document states it: "trên 170" is 170 stated as "over", "khoảng 1.200" is
 * 1,200 stated as "about"; a bare number is exact. The number part is returned as written.
 */
export function statedQuantity(text: string): { approx: Approx | null; number: string } {
  const words = text.trim().split(/\s+/);
  for (const [word, approx] of APPROX_BY_WORD) {
    const n = word.split(' ').length;
    if (words.length > n && foldVietnamese(words.slice(0, n).join(' ')) === word)
      return { approx, number: words.slice(n).join(' ') };
  }
  return { approx: null, number: text.trim() };
}

const CHANNEL_BY_NAME = new Map<string, Channel>(
  CHANNELS.flatMap(
    (c) =>
      [
        [c, c],
        [foldVietnamese(CHANNEL_LABELS[c]), c],
      ] as Array<[string, Channel]>,
  ),
);

/** Reads a channel written as its code or its Vietnamese name ("Loa truyền thanh"). */
export const channelFromText = (text: string): Channel | null =>
  CHANNEL_BY_NAME.get(text.trim()) ?? CHANNEL_BY_NAME.get(foldVietnamese(text)) ?? null;
