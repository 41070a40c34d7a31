import { weekLabel as labelOfWeek } from '../domain/shared/week-label';
import type { FigureRow } from '../domain/activities/activities.port';
import {
  APPROX_WORDS,
  channelLineText,
  channelSetLabel,
  figurePhrase,
  formatFigure,
  outletLineText,
  rollUpByChannel,
  totalOf,
  type Approx,
} from '../domain/activities/figures';
import { formatDateVi } from '../domain/shared/dates';
import { headerBodies, placeName } from '../domain/plans/issuing-body';
import type { PhaseSummary } from '../domain/reports/phase-summary';
import type { Unit } from '../domain/units/unit';
import type { AdministrativeDocumentModel, BodyBlock } from './document-model';
import { dateLine, numberLine } from '../domain/shared/document-lines';
import { claimsBlocks, claimsSheet } from './summary-claims';

/** The qualifier column of a spreadsheet: "trên", or empty when the figure is exact. */
const approxWord = (a: Approx | null): string => (a ? APPROX_WORDS[a] : '');
const n = (v: number): string => v.toLocaleString('vi-VN');
const pct = (rate: number | null): string =>
  rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`.replace('.', ',');

/** Where a figure row was done: its channel set, and its named outlet if any. */
const placeLabel = (f: FigureRow): string =>
  f.outlet ? `${channelSetLabel(f.channels)} – ${f.outlet}` : channelSetLabel(f.channels);

/** The figures as a table: channel set, category, quantity as stated with its unit. */
export function figuresTable(figures: FigureRow[]): BodyBlock {
  return {
    kind: 'table',
    columns: ['TT', 'Hình thức', 'Nội dung', 'Số lượng', 'Đơn vị tính'],
    widths: [8, 24, 38, 15, 15],
    rows: figures.map((f, i) => [
      String(i + 1),
      placeLabel(f),
      f.categoryName,
      formatFigure(f.quantity, f.approx),
      f.measureUnit,
    ]),
  };
}

/**
 * Totals by channel: a figure over several channels on one combined line (never counted twice),
 * a named outlet on its own line under its channel, and the total, approximate if any part is.
 */
export function channelTotals(figures: FigureRow[]): BodyBlock[] {
  const lines = rollUpByChannel(figures);
  const blocks: BodyBlock[] = lines.flatMap((l) => [
    { kind: 'bullet' as const, text: `${channelLineText(l)}.` },
    // An outlet is a sub-item of its channel, as state documents write one: "+ trong đó …".
    ...l.outlets.map((o) => ({
      kind: 'paragraph' as const,
      text: `+ ${outletLineText(o, l.measureUnit)}.`,
    })),
  ]);
  for (const measure of [...new Set(lines.map((l) => l.measureUnit))]) {
    const t = totalOf(lines.filter((l) => l.measureUnit === measure));
    blocks.push({
      kind: 'paragraph',
      lead: 'Tổng cộng: ',
      text: `${formatFigure(t.quantity, t.approx)} ${measure}.`,
    });
  }
  return blocks;
}

/** A BÁO CÁO sơ kết / tổng kết in the state format, with the same numbers as the dashboard. */
export function summaryDocumentModel(
  s: PhaseSummary,
  opts: { parent: Unit | null; issuedOn: string; year: number },
): AdministrativeDocumentModel {
  const what = s.kind === 'final' ? 'Tổng kết' : `Sơ kết ${s.phaseName ?? ''}`.trim();
  const range = `từ ngày ${formatDateVi(s.from)} đến ngày ${formatDateVi(s.to)}`;
  const body: BodyBlock[] = [
    {
      kind: 'paragraph',
      text: `${s.plan ? `Thực hiện Kế hoạch ${s.plan.number ? `số ${String(s.plan.number).padStart(2, '0')}/KH-${s.plan.bodyCode} ` : ''}về việc ${s.plan.title}, ` : ''}${s.unit.name} báo cáo kết quả công tác tuyên truyền ${range} như sau:`,
    },
    { kind: 'heading', level: 1, text: 'I. KẾT QUẢ THỰC HIỆN' },
    { kind: 'heading', level: 2, text: '1. Kết quả theo hình thức tuyên truyền' },
  ];
  if (s.figures.length) body.push(figuresTable(s.figures), ...channelTotals(s.figures));
  else body.push({ kind: 'paragraph', text: 'Chưa ghi nhận hoạt động nào trong thời gian này.' });
  if (s.byChild.length > 1) {
    body.push({ kind: 'heading', level: 2, text: '2. Kết quả theo đơn vị' });
    for (const c of s.byChild) {
      body.push({
        kind: 'paragraph',
        lead: `${c.unitName}: `,
        text: c.rows.length
          ? c.rows.map(figurePhrase).join('; ') + '.'
          : 'chưa ghi nhận hoạt động nào trong thời gian này.',
      });
    }
  }
  body.push({
    kind: 'heading',
    level: 2,
    text: `${s.byChild.length > 1 ? 3 : 2}. Thực hiện nhiệm vụ được giao`,
  });
  body.push({
    kind: 'paragraph',
    text:
      s.compliance.due === 0
        ? 'Chưa có nhiệm vụ đến hạn trong thời gian này.'
        : `Hoàn thành ${n(s.compliance.met)}/${n(s.compliance.due)} lượt nhiệm vụ đến hạn (${pct(s.compliance.rate)}).`,
  });
  if (s.compliance.children.length > 1) {
    body.push({
      kind: 'table',
      columns: ['Đơn vị', 'Đến hạn', 'Hoàn thành', 'Tỷ lệ'],
      widths: [52, 16, 16, 16],
      rows: s.compliance.children.map((c) => [c.unitName, n(c.due), n(c.met), pct(c.rate)]),
    });
  }
  if (s.highlights.length) {
    body.push({ kind: 'heading', level: 1, text: 'II. MỘT SỐ KẾT QUẢ NỔI BẬT' });
    for (const h of s.highlights.slice(0, 10))
      body.push({ kind: 'bullet', text: `${h.unitName} (${labelOfWeek(h.periodKey)}): ${h.text}` });
  }
  body.push(...claimsBlocks(s.claims, s.highlights.length ? 'III' : 'II'));
  const { parentBody, issuingBody } = headerBodies(s.unit, opts.parent);
  return {
    header: {
      parentBody,
      issuingBody,
      numberLine: numberLine(null, 'BC-UBND'),
      dateLine: dateLine(placeName(s.unit), opts.issuedOn, opts.year),
    },
    documentType: 'BÁO CÁO',
    summary: `${what} công tác tuyên truyền ${range}`,
    body,
    recipients: [...(opts.parent ? [`- ${opts.parent.name} (b/c);`] : []), '- Lưu: VT.'],
    signature: { authority: '', position: '', signer: '' },
    draft: true,
  };
}

/** The raw figures for a spreadsheet: one sheet per view, the same numbers as the document. */
export function summaryWorkbook(s: PhaseSummary) {
  return [
    {
      name: 'Theo hình thức',
      title: `Kết quả tuyên truyền ${s.unit.name} ${formatDateVi(s.from)}–${formatDateVi(s.to)}`,
      columns: [
        { header: 'Kênh', key: 'channel', width: 28 },
        { header: 'Nội dung', key: 'category', width: 40 },
        { header: 'Số liệu', key: 'stated', width: 10 },
        { header: 'Số lượng', key: 'quantity', width: 12, format: 'integer' as const },
        { header: 'Đơn vị tính', key: 'measure', width: 14 },
        { header: 'Số lần ghi', key: 'entries', width: 12, format: 'integer' as const },
      ],
      rows: s.figures.map((f) => ({
        channel: placeLabel(f),
        category: f.categoryName,
        stated: approxWord(f.approx),
        quantity: f.quantity,
        measure: f.measureUnit,
        entries: f.entries,
      })),
    },
    {
      name: 'Theo đơn vị',
      columns: [
        { header: 'Đơn vị', key: 'unit', width: 40 },
        { header: 'Kênh', key: 'channel', width: 28 },
        { header: 'Nội dung', key: 'category', width: 40 },
        { header: 'Số liệu', key: 'stated', width: 10 },
        { header: 'Số lượng', key: 'quantity', width: 12, format: 'integer' as const },
        { header: 'Đơn vị tính', key: 'measure', width: 14 },
      ],
      rows: s.byChild.flatMap((c) =>
        c.rows.map((f) => ({
          unit: c.unitName,
          channel: placeLabel(f),
          category: f.categoryName,
          stated: approxWord(f.approx),
          quantity: f.quantity,
          measure: f.measureUnit,
        })),
      ),
    },
    {
      name: 'Nhiệm vụ',
      columns: [
        { header: 'Đơn vị', key: 'unit', width: 40 },
        { header: 'Đến hạn', key: 'due', width: 12, format: 'integer' as const },
        { header: 'Hoàn thành', key: 'met', width: 12, format: 'integer' as const },
        { header: 'Tỷ lệ (%)', key: 'rate', width: 12 },
      ],
      rows: s.compliance.children.map((c) => ({
        unit: c.unitName,
        due: c.due,
        met: c.met,
        rate: c.rate === null ? null : Math.round(c.rate * 1000) / 10,
      })),
    },
    claimsSheet(s.claims),
  ];
}
