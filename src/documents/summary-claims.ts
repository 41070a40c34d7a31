import type { ClaimSummary } from '../domain/claims/claim-counts';
import type { BodyBlock } from './document-model';

const VERDICT_VI: Record<ClaimSummary['byVerdict'][number]['verdict'], string> = {
  false: 'Sai sự thật',
  misleading: 'Gây hiểu lầm',
  true: 'Đúng sự thật',
  not_election: 'Không liên quan đến bầu cử',
  pending: 'Đang xác minh, chưa kết luận',
};
const n = (v: number): string => v.toLocaleString('vi-VN');

/** The report's section on claims handled: totals, corrections published, and a table by verdict. */
export function claimsBlocks(c: ClaimSummary, numeral: string): BodyBlock[] {
  const blocks: BodyBlock[] = [
    { kind: 'heading', level: 1, text: `${numeral}. XỬ LÝ THÔNG TIN SAI LỆCH VỀ CUỘC BẦU CỬ` },
  ];
  if (c.claims === 0) {
    blocks.push({
      kind: 'paragraph',
      text: 'Không ghi nhận thông tin sai lệch nào trong thời gian này.',
    });
    return blocks;
  }
  blocks.push({
    kind: 'paragraph',
    text: `Tiếp nhận, xử lý ${n(c.claims)} thông tin sai lệch (${n(c.cases)} vụ việc); ${n(c.corrected)} thông tin đã có tin, bài đính chính, phản bác đăng trên Cổng thông tin.`,
  });
  blocks.push({
    kind: 'table',
    columns: ['TT', 'Kết luận', 'Số thông tin', 'Số vụ việc'],
    widths: [8, 52, 20, 20],
    rows: c.byVerdict.map((v, i) => [
      String(i + 1),
      VERDICT_VI[v.verdict],
      n(v.claims),
      n(v.cases),
    ]),
  });
  return blocks;
}

/** The same counts as a spreadsheet sheet. */
export function claimsSheet(c: ClaimSummary) {
  return {
    name: 'Thông tin sai lệch',
    columns: [
      { header: 'Kết luận', key: 'verdict', width: 36 },
      { header: 'Số thông tin', key: 'claims', width: 14, format: 'integer' as const },
      { header: 'Số vụ việc', key: 'cases', width: 14, format: 'integer' as const },
    ],
    rows: c.byVerdict.map((v) => ({
      verdict: VERDICT_VI[v.verdict],
      claims: v.claims,
      cases: v.cases,
    })),
  };
}
