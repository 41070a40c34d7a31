import type { Election, VoterBasis } from './election';

/** The people who vote for a village head, as the rules and texts name them. */
export const voterLabel = (basis: VoterBasis): string =>
  basis === 'voters' ? 'cử tri' : 'cử tri đại diện hộ gia đình';

export const VILLAGE_HEAD_LAW = 'Luật Thực hiện dân chủ ở cơ sở 2022; Nghị định 59/2023/NĐ-CP';
/** Luật Thực hiện dân chủ ở cơ sở took effect on 01/07/2023: earlier elections were not under it. */
export const VILLAGE_HEAD_LAW_FROM = '2023-07-01';

type RulesOf = Pick<Election, 'type' | 'voterBasis' | 'voteDenominator' | 'electionDay'>;

/**
 * The validity rules of an election as users read them: who votes, when the vote counts, what a
 * winner needs, and what happens otherwise. For a village head they follow the election's
 * settings (who votes; what the winner's "more than 50%" is counted against).
 */
export function votingRules(e: RulesOf): string[] {
  if (e.type !== 'VILLAGE_HEAD')
    return [
      'Cuộc bầu cử ở một đơn vị hợp lệ khi có quá một nửa tổng số cử tri trong danh sách đi bầu; nếu không, phải bầu lại.',
      'Người trúng cử phải được quá một nửa tổng số phiếu hợp lệ; nhiều người cùng đủ điều kiện thì lấy người nhiều phiếu hơn đến đủ số đại biểu được bầu.',
    ];
  const who = voterLabel(e.voterBasis);
  return [
    e.voterBasis === 'voters'
      ? 'Người bầu: cử tri của thôn, tổ dân phố (địa phương chọn hình thức bầu theo cử tri).'
      : 'Người bầu: cử tri đại diện hộ gia đình của thôn, tổ dân phố (mỗi hộ một người đại diện).',
    `Hội nghị cộng đồng dân cư hợp lệ khi có trên 50% tổng số ${who} của thôn, tổ dân phố tham dự.`,
    e.voteDenominator === 'households'
      ? `Người trúng cử phải được trên 50% tổng số ${who} của thôn, tổ dân phố (cách tính trước năm 2023, cuộc bầu cử này áp dụng).`
      : `Người trúng cử phải được trên 50% số phiếu bầu của ${who} có mặt tại hội nghị.`,
    'Nếu không có người trúng cử, UBND cấp xã quyết định tổ chức bầu lại.',
    ...(e.electionDay >= VILLAGE_HEAD_LAW_FROM ? [`Căn cứ: ${VILLAGE_HEAD_LAW}.`] : []),
  ];
}
