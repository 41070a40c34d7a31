import { authorize, type Actor } from '../accounts/access';
import type { ContentItem } from '../content/content';
import type { Deps, Writes } from '../deps';
import { DomainError } from '../shared/domain-error';
import { foldVietnamese } from '../shared/text';
import type { RowError } from '../units/unit-csv';
import { ancestorIds } from '../units/unit';
import type { Play } from './broadcast';
import { planPlayImport } from './play-import';
import { preparePlay, writePlay } from './record-play';
import { getStation, scopeOf } from './stations';
import type { ReadTable } from '../shared/file-parsers.port';

export interface ImportPlaysReport {
  total: number;
  recorded: number;
  duplicates: number;
  errors: RowError[];
  applied: boolean;
}

const FIELD_OF: Record<string, string> = { playedAt: 'thoi_diem_phat', contentId: 'tai_lieu' };

/**
 * Logs a station's past plays from a spreadsheet (a campaign entered after the fact), all or
 * nothing: every row is checked as a play logged by hand would be, and one bad row saves none,
 * each error naming its line and column. A row already logged by an earlier import of the same
 * file is a duplicate and counts once. Throws not_found/forbidden, conflict (station stopped),
 * validation (missing columns, bad rows).
 */
export async function importPlays(
  deps: Writes<'broadcasts' | 'content' | 'activities' | 'categories' | 'obligations' | 'audit'> &
    Pick<Deps, 'clock' | 'ids'>,
  actor: Actor,
  input: { stationId: string; read: ReadTable; dryRun?: boolean },
): Promise<ImportPlaysReport> {
  const station = await getStation(deps, actor, input.stationId);
  authorize(actor, 'work.write', scopeOf(actor, station));
  if (!station.active) throw new DomainError('conflict', 'Đài/cụm loa đã ngừng hoạt động.');
  const library = await deps.repos.content.find({
    withinPath: station.unitPath,
    receivedByIds: [...ancestorIds(station.unitPath), station.unitId],
    // What the station may play (playableAt): its units' items, items sent to them, and the
    // approved items of every unit above it (a city's audio on a ward's loudspeakers).
    ownedByIds: ancestorIds(station.unitPath),
    viewerUnitId: station.unitId,
    status: 'approved',
    limit: 5000,
    offset: 0,
  });
  const byKey = new Map<string, { id: string }>();
  for (const item of library.items) {
    byKey.set(item.id, item);
    byKey.set(foldVietnamese(item.title), item);
  }
  const table = await input.read();
  const { planned, errors, fileError } = planPlayImport(table, {
    stationId: station.id,
    findContent: (text) => byKey.get(text) ?? byKey.get(foldVietnamese(text)) ?? null,
  });
  if (fileError)
    throw new DomainError('validation', fileError, {
      issues: [{ path: 'file', message: fileError }],
    });
  const prepared: Array<{ play: Play; item: ContentItem; note: string | null }> = [];
  for (const p of planned) {
    try {
      const { play, item } = await preparePlay(deps, station, p, { source: 'operator', actor });
      prepared.push({ play, item, note: p.note });
    } catch (e) {
      const issue = e instanceof DomainError ? e.issues[0] : undefined;
      if (!issue) throw e;
      const field = FIELD_OF[issue.path] ?? issue.path;
      errors.push({
        line: p.line,
        field,
        message: issue.message,
      });
    }
  }
  errors.sort((a, b) => a.line - b.line);
  const report = { total: planned.length, recorded: 0, duplicates: 0, errors, applied: false };
  if (errors.length > 0 && !input.dryRun)
    throw new DomainError(
      'validation',
      `Tệp có ${new Set(errors.map((e) => e.line)).size} dòng lỗi; không lượt phát nào được lưu.`,
      {
        issues: errors.map((e) => ({
          path: `rows.${e.line}.${e.field}`,
          message: `Dòng ${e.line}, cột ${e.field}: ${e.message}`,
        })),
      },
    );
  if (input.dryRun || prepared.length === 0) return report;
  const recorded = await deps.uow.transaction(async (repos) => {
    let n = 0;
    for (const p of prepared) if (await writePlay(repos, deps, station, p, actor)) n++;
    return n;
  });
  return { ...report, recorded, duplicates: prepared.length - recorded, applied: true };
}
