import { parseDayVi } from '../activities/activity-import';
import { foldVietnamese } from '../shared/text';
import type { RowError } from '../units/unit-csv';

/** The columns of a play log, as named in the file and in its errors. */
export const PLAY_LOG_COLUMNS = ['thoi_diem_phat', 'tai_lieu', 'thoi_luong', 'ghi_chu'] as const;
type Column = (typeof PLAY_LOG_COLUMNS)[number];

const HEADERS: Record<string, Column> = {
  'thoi diem phat': 'thoi_diem_phat',
  'thoi diem': 'thoi_diem_phat',
  'thoi gian phat': 'thoi_diem_phat',
  'played at': 'thoi_diem_phat',
  'tai lieu': 'tai_lieu',
  'noi dung': 'tai_lieu',
  content: 'tai_lieu',
  'thoi luong': 'thoi_luong',
  duration: 'thoi_luong',
  'ghi chu': 'ghi_chu',
  note: 'ghi_chu',
};

/** One play of the log, checked as far as the file alone allows. */
export interface PlannedPlay {
  line: number;
  playedAt: Date;
  contentId: string;
  durationSeconds: number | null;
  note: string | null;
  /** The same station, time and item give the same id: a second import of the file adds nothing. */
  clientId: string;
}

/** "05/4/2022 06:30" (or "2022-04-05 06:30") in Vietnam time; null when not a real time. */
export function parsePlayTime(text: string): Date | null {
  const m = /^(\S+)\s+(\d{1,2})[:h](\d{2})$/.exec(text.trim());
  const day = m?.[1] ? parseDayVi(m[1]) : null;
  const hour = Number(m?.[2]);
  const minute = Number(m?.[3]);
  if (!day || hour > 23 || minute > 59) return null;
  const hh = String(hour).padStart(2, '0');
  return new Date(`${day}T${hh}:${String(minute).padStart(2, '0')}:00+07:00`);
}

/** "30" seconds, "1:30" or "01:02:03"; null for an empty cell; NaN when unreadable. */
export function parseDuration(text: string): number | null {
  const t = text.trim();
  if (!t) return null;
  if (!/^\d{1,5}(:\d{2}){0,2}$/.test(t)) return Number.NaN;
  const seconds = t.split(':').reduce((total, part) => total * 60 + Number(part), 0);
  return seconds <= 86_400 ? seconds : Number.NaN;
}

/**
 * Reads a station's play log (header row first): each row a play with its time, its item (title
 * or id, looked up by `findContent`), and optionally its duration and a note. Returns the plays
 * and an error per bad cell naming its line and column; a row repeated in the file is one play.
 */
export function planPlayImport(
  table: string[][],
  ctx: { stationId: string; findContent: (text: string) => { id: string } | null },
): { planned: PlannedPlay[]; errors: RowError[]; fileError: string | null } {
  const [header, ...body] = table;
  const cols = (header ?? []).map((h) => HEADERS[foldVietnamese(h).replace(/_/g, ' ')] ?? null);
  const missing = (['thoi_diem_phat', 'tai_lieu'] as const).filter((c) => !cols.includes(c));
  if (!header || missing.length)
    return {
      planned: [],
      errors: [],
      fileError: `Thiếu cột: ${missing.join(', ') || 'thoi_diem_phat, tai_lieu'}. Cần các cột: ${PLAY_LOG_COLUMNS.join(', ')}.`,
    };
  const planned: PlannedPlay[] = [];
  const errors: RowError[] = [];
  const seen = new Set<string>();
  body.forEach((cells, i) => {
    const line = i + 2;
    const cell = (c: Column) => (cells[cols.indexOf(c)] ?? '').normalize('NFC').trim();
    if (cells.every((c) => !c.trim())) return;
    const err = (field: Column, message: string) => errors.push({ line, field, message });
    const playedAt = parsePlayTime(cell('thoi_diem_phat'));
    if (!playedAt)
      err('thoi_diem_phat', `"${cell('thoi_diem_phat')}" không hợp lệ (dùng dd/MM/yyyy HH:mm).`);
    const item = cell('tai_lieu') ? ctx.findContent(cell('tai_lieu')) : null;
    if (!item)
      err(
        'tai_lieu',
        `Không tìm thấy tài liệu "${cell('tai_lieu')}" được phát tại đài/cụm loa này.`,
      );
    const duration = parseDuration(cols.includes('thoi_luong') ? cell('thoi_luong') : '');
    if (duration !== null && Number.isNaN(duration))
      err('thoi_luong', `"${cell('thoi_luong')}" không hợp lệ (số giây, hoặc mm:ss).`);
    if (!playedAt || !item || (duration !== null && Number.isNaN(duration))) return;
    const clientId = `csv:${ctx.stationId}:${playedAt.toISOString()}:${item.id}`;
    if (seen.has(clientId)) return;
    seen.add(clientId);
    const note = cols.includes('ghi_chu') ? cell('ghi_chu') : '';
    planned.push({
      line,
      playedAt,
      contentId: item.id,
      durationSeconds: duration,
      note: note || null,
      clientId,
    });
  });
  return { planned, errors, fileError: null };
}
