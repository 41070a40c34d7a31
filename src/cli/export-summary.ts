import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Actor } from '../domain/accounts/access';
import type { Deps, Reads } from '../domain/deps';
import type { PhaseSummaryRepos } from '../domain/reports/phase-summary';
import { formatFigure, totalOf } from '../domain/activities/figures';
import { foldVietnamese } from '../domain/shared/text';
import { summaryFiles } from '../documents/summary-files';

/** `loa export summary --unit "TP Hạ Long" --phase "Đợt 1" --docx FILE [--xlsx FILE] [--final] [--from D --to D]`. */
export async function exportSummary(
  deps: Reads<PhaseSummaryRepos> & Pick<Deps, 'clock'>,
  args: string[],
): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      unit: { type: 'string' },
      phase: { type: 'string' },
      final: { type: 'boolean' },
      from: { type: 'string' },
      to: { type: 'string' },
      docx: { type: 'string' },
      xlsx: { type: 'string' },
    },
  });
  if (!values.unit) throw new Error('Cần --unit "Tên đơn vị".');
  if (!values.docx && !values.xlsx) throw new Error('Cần --docx FILE và/hoặc --xlsx FILE.');
  const want = foldVietnamese(values.unit);
  const matches = (
    await deps.repos.units.find({ withinPath: '/', search: want, limit: 50 })
  ).filter((u) => foldVietnamese(u.name) === want || foldVietnamese(u.shortName ?? '') === want);
  const unit = matches[0];
  if (!unit) throw new Error(`Không tìm thấy đơn vị "${values.unit}".`);
  if (matches.length > 1)
    throw new Error(`Có ${matches.length} đơn vị tên "${values.unit}"; hãy ghi tên đầy đủ.`);
  // The command line runs with the operator's full rights over the database, as an admin at the unit.
  const actor: Actor = {
    userId: '00000000-0000-0000-0000-000000000000',
    username: 'loa-cli',
    displayName: 'loa (dòng lệnh)',
    role: 'admin',
    unitId: unit.id,
    unitPath: unit.path,
  };
  const files = await summaryFiles(deps, actor, {
    unitId: unit.id,
    phase: values.phase ?? null,
    final: values.final === true,
    ...(values.from ? { from: values.from } : {}),
    ...(values.to ? { to: values.to } : {}),
  });
  if (values.docx) writeFileSync(values.docx, await files.docx());
  if (values.xlsx) writeFileSync(values.xlsx, await files.xlsx());
  const s = files.summary;
  // Stated as the figures are: a total containing "trên 170" is itself "trên …".
  const total = totalOf(s.figures);
  console.log(
    `Đã xuất báo cáo ${s.phaseName ?? 'tổng kết'} của ${unit.name} (${s.from} → ${s.to}): ${formatFigure(total.quantity, total.approx)} đơn vị kết quả trong ${s.figures.length} dòng.`,
  );
}
