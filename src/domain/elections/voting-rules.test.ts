import { describe, expect, test } from 'vitest';
import { villageHeadVoterInfo } from './voter-info';
import { votingRules } from './voting-rules';

const village = {
  type: 'VILLAGE_HEAD' as const,
  voterBasis: 'households' as const,
  voteDenominator: 'present' as const,
  electionDay: '2026-06-04',
};

describe('the rules and voter texts of a village-head election', () => {
  test('name who votes, the quorum, the winner and the re-vote, with the law once it applies', () => {
    const rules = votingRules(village);
    expect(rules[0]).toContain('cử tri đại diện hộ gia đình');
    expect(rules.join(' ')).toContain('trên 50%');
    expect(rules.join(' ')).toContain('bầu lại');
    expect(rules.at(-1)).toBe(
      'Căn cứ: Luật Thực hiện dân chủ ở cơ sở 2022; Nghị định 59/2023/NĐ-CP.',
    );
    expect(votingRules({ ...village, electionDay: '2022-06-05' }).join(' ')).not.toContain(
      'Nghị định 59/2023',
    );
  });

  test('follow the settings: voters instead of households, all of them instead of those present', () => {
    const rules = votingRules({ ...village, voterBasis: 'voters', voteDenominator: 'households' });
    expect(rules.join(' ')).not.toContain('đại diện hộ gia đình');
    expect(rules[2]).toBe(
      'Người trúng cử phải được trên 50% tổng số cử tri của thôn, tổ dân phố (cách tính trước năm 2023, cuộc bầu cử này áp dụng).',
    );
  });

  test('the voter texts are not the 18+ citizens’ texts of the ĐBQH and HĐND election', () => {
    const texts = villageHeadVoterInfo(village);
    const all = `${texts.rights_duties.body} ${texts.how_to_vote.body}`;
    expect(all).not.toContain('18 tuổi');
    expect(texts.how_to_vote.body).toContain('Mỗi hộ gia đình cử một người đại diện');
    expect(votingRules({ ...village, type: 'NA_HDND' })[0]).toContain('quá một nửa');
  });
});
