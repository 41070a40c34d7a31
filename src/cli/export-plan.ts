import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { renderAdministrativeDocx } from '../documents/administrative-docx';
import { issuedPdfsOf, type IssuedPdfDeps } from '../documents/issued-pdf';
import { convertDocxToPdf } from '../documents/pdf';
import { issuedDocumentOfPlan } from '../domain/documents/issued-document-of';
import { planDocumentModel } from '../documents/plan-document';
import type { Deps } from '../domain/deps';
import type { Plan } from '../domain/plans/plan';
import { civilDate } from '../domain/shared/dates';
import { foldVietnamese } from '../domain/shared/text';

/** `loa export plan 51/KH-UBND --docx FILE [--pdf FILE] [--unit "Phường Cẩm Bình"] [--year 2022]`. */
export async function exportPlan(
  deps: IssuedPdfDeps & Pick<Deps, 'ids'>,
  args: string[],
): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      docx: { type: 'string' },
      pdf: { type: 'string' },
      unit: { type: 'string' },
      year: { type: 'string' },
    },
  });
  const numberText = positionals[0] ?? '';
  const match = /^0*(\d+)\/KH-(.+)$/.exec(numberText.trim());
  if (!match?.[1] || !match[2]) throw new Error('Ghi số kế hoạch dạng 51/KH-UBND.');
  if (!values.docx && !values.pdf) throw new Error('Cần --docx FILE và/hoặc --pdf FILE.');
  let found: Plan[] = await deps.repos.plans.findByNumber(Number(match[1]), match[2]);
  if (values.year) found = found.filter((p) => p.issuedOn?.startsWith(values.year ?? ''));
  if (values.unit) {
    const want = foldVietnamese(values.unit);
    const units = await deps.repos.units.getMany(found.map((p) => p.unitId));
    found = found.filter((p) =>
      units.some((u) => u.id === p.unitId && foldVietnamese(u.name).includes(want)),
    );
  }
  if (found.length === 0) throw new Error(`Không tìm thấy kế hoạch ${numberText}.`);
  if (found.length > 1)
    throw new Error(
      `Có ${found.length} kế hoạch số ${numberText}; thêm --unit "Tên đơn vị" hoặc --year NĂM.`,
    );
  const plan = found[0] as Plan;
  const docx = await renderAdministrativeDocx(
    planDocumentModel(plan, Number(civilDate(deps.clock.now()).slice(0, 4))),
  );
  if (values.docx) {
    writeFileSync(values.docx, docx);
    console.log(`Đã xuất ${numberText} ra ${values.docx}`);
  }
  if (values.pdf) {
    // An issued plan's PDF is the one kept since issue, signed with its unit's certificate.
    const issued = await issuedDocumentOfPlan(deps, plan);
    const pdf = issued ? await issuedPdfsOf(deps).pdfOf(issued) : await convertDocxToPdf(docx);
    writeFileSync(values.pdf, pdf);
    const kept = issued && (await deps.repos.issuedDocuments.get(issued.id));
    const how = kept?.signedBy ? ` (ký số bởi ${kept.signedBy})` : issued ? ' (chưa ký số)' : '';
    console.log(`Đã xuất ${numberText} ra ${values.pdf}${how}`);
  }
}
