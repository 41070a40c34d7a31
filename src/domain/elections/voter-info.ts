import { authorize, type Actor } from '../accounts/access';
import { recordChange } from '../audit/record-change';
import type { Deps, Reads, Writes } from '../deps';
import { invalid } from '../shared/domain-error';
import { getUnit } from '../units/get-unit';
import type { Election } from './election';
import type { VoterInfoText } from './elections.port';
import { VILLAGE_HEAD_LAW_FROM, votingRules, voterLabel } from './voting-rules';

export const VOTER_INFO_KEYS = ['rights_duties', 'how_to_vote'] as const;

/** What voters read when no unit has written its own text. */
export const DEFAULT_VOTER_INFO: Record<VoterInfoText['key'], { title: string; body: string }> = {
  rights_duties: {
    title: 'Quyền và nghĩa vụ của cử tri',
    body: [
      'Công dân Việt Nam đủ 18 tuổi trở lên tính đến ngày bầu cử có quyền bầu cử.',
      'Mỗi cử tri có một phiếu bầu và phải tự mình đi bầu, không được nhờ người khác bầu thay (trừ người không tự viết được phiếu thì nhờ người khác viết hộ, nhưng phải tự bỏ phiếu).',
      'Cử tri có quyền xem danh sách cử tri, khiếu nại nếu tên mình bị bỏ sót hoặc ghi sai, và tìm hiểu về người ứng cử.',
      'Đi bầu là quyền và trách nhiệm của công dân đối với đất nước và địa phương.',
    ].join('\n\n'),
  },
  how_to_vote: {
    title: 'Cách bỏ phiếu',
    body: [
      'Mang theo thẻ cử tri (nếu có) và giấy tờ tùy thân đến khu vực bỏ phiếu của mình trong giờ bỏ phiếu.',
      'Nhận phiếu bầu tại bàn của Tổ bầu cử, vào buồng kín để ghi phiếu.',
      'Giữ lại tên người mình bầu; gạch ngang cả họ và tên người mình không bầu. Không gạch quá số người cần bầu ghi trên phiếu.',
      'Tự tay bỏ phiếu vào hòm phiếu. Nếu viết hỏng, đề nghị Tổ bầu cử đổi phiếu khác.',
    ].join('\n\n'),
  },
};

type VoterTextsOf = Pick<Election, 'type' | 'voterBasis' | 'voteDenominator' | 'electionDay'>;

/**
 * What voters of a village-head election read: not the 18+ citizen text of the ĐBQH/HĐND
 * election, but who votes (the election's setting), the community meeting, and the rules.
 */
export function villageHeadVoterInfo(
  e: VoterTextsOf,
): Record<VoterInfoText['key'], { title: string; body: string }> {
  const who = voterLabel(e.voterBasis);
  return {
    rights_duties: {
      title: 'Ai bầu trưởng thôn, tổ trưởng tổ dân phố và khi nào kết quả có giá trị',
      body: votingRules(e).join('\n\n'),
    },
    how_to_vote: {
      title: 'Cách bầu tại hội nghị cộng đồng dân cư',
      body: [
        e.voterBasis === 'voters'
          ? 'Cử tri của thôn, tổ dân phố dự Hội nghị cộng đồng dân cư theo giấy mời, thông báo của thôn, tổ dân phố.'
          : 'Mỗi hộ gia đình cử một người đại diện dự Hội nghị cộng đồng dân cư theo giấy mời, thông báo của thôn, tổ dân phố.',
        `Danh sách ${who} và danh sách người ứng cử được niêm yết, thông báo công khai tại nhà văn hóa và trên loa truyền thanh trước ngày hội nghị; nếu thấy sai sót, hãy báo ngay với Tổ bầu cử.`,
        `Tại hội nghị, bầu theo hướng dẫn của Tổ bầu cử; UBND cấp xã công nhận kết quả${e.electionDay >= VILLAGE_HEAD_LAW_FROM ? ' trong 05 ngày làm việc' : ''} hoặc quyết định bầu lại.`,
      ].join('\n\n'),
    },
  };
}

/**
 * The texts that apply at a unit for an election: for a village head, the village-head texts;
 * otherwise the nearest unit's own text, else the default (the 18+ citizen text).
 */
export async function voterInfoAt(
  deps: Reads<'elections'>,
  unitPath: string,
  election?: VoterTextsOf,
): Promise<VoterInfoText[]> {
  if (election?.type === 'VILLAGE_HEAD') return voterInfoFrom([], election);
  const stored = await deps.repos.elections.voterInfo(unitPath.split('/').filter(Boolean));
  return voterInfoFrom(stored, election);
}

/**
 * The texts that apply, from the units' own texts on a place's path (nearest first): one lookup
 * shared by a single page and by the prerender, which reads the texts of many places at once.
 */
export function voterInfoFrom(stored: VoterInfoText[], election?: VoterTextsOf): VoterInfoText[] {
  if (election?.type === 'VILLAGE_HEAD') {
    // A unit's own texts are written for the ĐBQH/HĐND election (the voter-info page edits those).
    const texts = villageHeadVoterInfo(election);
    return VOTER_INFO_KEYS.map((key) => ({ key, ...texts[key], unitId: null, updatedAt: null }));
  }
  return VOTER_INFO_KEYS.map(
    (key) =>
      stored.find((t) => t.key === key) ?? {
        key,
        ...DEFAULT_VOTER_INFO[key],
        unitId: null,
        updatedAt: null,
      },
  );
}

/** Writes a unit's own voter-information text (plain text; the portal escapes it). Throws validation, not_found, forbidden. */
export async function saveVoterInfo(
  deps: Writes<'units' | 'elections' | 'audit'> & Pick<Deps, 'clock' | 'ids' | 'changes'>,
  actor: Actor,
  input: { unitId: string; key: VoterInfoText['key']; title: string; body: string },
): Promise<void> {
  const unit = await getUnit(deps, actor, input.unitId);
  authorize(actor, 'work.write', unit.path);
  if (!input.title.trim() || !input.body.trim())
    throw invalid('body', 'Hãy nhập tiêu đề và nội dung.');
  await deps.uow.transaction(async (repos) => {
    await repos.elections.saveVoterInfo({
      id: deps.ids.newId(),
      unitId: unit.id,
      unitPath: unit.path,
      key: input.key,
      title: input.title.trim(),
      body: input.body.trim(),
      by: actor.userId,
      at: deps.clock.now(),
    });
    await recordChange(repos, deps, actor, {
      unitId: unit.id,
      entity: 'voter_info',
      entityId: unit.id,
      action: 'update',
      changes: { key: input.key },
    });
  });
  deps.changes.publish({ kind: 'unit', unitId: unit.id });
}
