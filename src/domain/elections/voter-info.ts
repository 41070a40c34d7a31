import { authorize, type Actor } from '../accounts/access';
import { recordChange } from '../audit/record-change';
import type { Deps } from '../deps';
import { invalid } from '../shared/domain-error';
import { getUnit } from '../units/get-unit';
import type { VoterInfoText } from './elections.port';

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

/** The texts that apply at a unit: the nearest unit's own, else the default. */
export async function voterInfoAt(
  deps: Pick<Deps, 'repos'>,
  unitPath: string,
): Promise<VoterInfoText[]> {
  const stored = await deps.repos.elections.voterInfo(unitPath);
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
  deps: Pick<Deps, 'repos' | 'uow' | 'clock' | 'ids' | 'changes'>,
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
