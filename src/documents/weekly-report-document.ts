import { formatDateVi } from '../domain/shared/dates';
import { headerBodies, placeName } from '../domain/plans/issuing-body';
import type { ReportRow } from '../domain/reports/reports.port';
import type { Unit } from '../domain/units/unit';
import type { AdministrativeDocumentModel, BodyBlock } from './document-model';
import { channelTotals, figuresTable } from './summary-document';
import { dateLine, numberLine } from '../domain/shared/document-lines';

const n = (v: number): string => v.toLocaleString('vi-VN');
const pct = (rate: number | null): string =>
  rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`.replace('.', ',');

/** A narrative part as paragraphs, one per line written, or a dash when nothing was written. */
const paragraphs = (text: string, none: string): BodyBlock[] => {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return (lines.length ? lines : [none]).map((l) => ({ kind: 'paragraph' as const, text: l }));
};

/**
 * A unit's weekly report as a BÁO CÁO in the state format: "Kết quả công tác tuyên truyền tuần
 * 20 (từ ngày … đến ngày …)", the figures frozen when it was sent, tasks met, and the narrative.
 * A report not yet sent prints as a draft (DỰ THẢO) with the date left blank.
 */
export function weeklyReportDocumentModel(
  report: ReportRow,
  unit: Unit,
  parent: Unit | null,
): AdministrativeDocumentModel {
  const week = Number(report.periodKey.slice(6));
  const range = `từ ngày ${formatDateVi(report.from)} đến ngày ${formatDateVi(report.to)}`;
  const sentOn = report.status === 'draft' ? null : report.submittedOn;
  const c = report.compliance;
  const body: BodyBlock[] = [
    {
      kind: 'paragraph',
      text: `${unit.name} báo cáo kết quả công tác tuyên truyền tuần ${week} (${range}) như sau:`,
    },
    { kind: 'heading', level: 1, text: 'I. KẾT QUẢ THỰC HIỆN' },
    { kind: 'heading', level: 2, text: '1. Kết quả theo hình thức tuyên truyền' },
    ...(report.figures.length
      ? [figuresTable(report.figures), ...channelTotals(report.figures)]
      : [{ kind: 'paragraph' as const, text: 'Chưa ghi nhận hoạt động nào trong tuần.' }]),
    { kind: 'heading', level: 2, text: '2. Thực hiện nhiệm vụ được giao' },
    {
      kind: 'paragraph',
      text:
        !c || c.due === 0
          ? 'Chưa có nhiệm vụ đến hạn trong tuần.'
          : `Hoàn thành ${n(c.met)}/${n(c.due)} lượt nhiệm vụ đến hạn (${pct(c.rate)}).`,
    },
    { kind: 'heading', level: 2, text: '3. Kết quả nổi bật' },
    ...paragraphs(report.narrative.results, 'Không có.'),
    { kind: 'heading', level: 1, text: 'II. KHÓ KHĂN, VƯỚNG MẮC' },
    ...paragraphs(report.narrative.difficulties, 'Không có.'),
    { kind: 'heading', level: 1, text: 'III. ĐỀ XUẤT, KIẾN NGHỊ' },
    ...paragraphs(report.narrative.proposals, 'Không có.'),
  ];
  const { parentBody, issuingBody } = headerBodies(unit, parent);
  return {
    header: {
      parentBody,
      issuingBody,
      numberLine: numberLine(null, 'BC-UBND'),
      dateLine: dateLine(placeName(unit), sentOn, Number(report.to.slice(0, 4))),
    },
    documentType: 'BÁO CÁO',
    summary: `Kết quả công tác tuyên truyền tuần ${week} (${range})`,
    body,
    recipients: [...(parent ? [`- ${parent.name} (b/c);`] : []), '- Lưu: VT.'],
    signature: { authority: '', position: '', signer: '' },
    draft: report.status === 'draft',
  };
}
