import { authorize, type Actor } from '../accounts/access';
import { recordChange } from '../audit/record-change';
import type { Deps, Writes } from '../deps';
import { DomainError } from '../shared/domain-error';
import { getUnit } from '../units/get-unit';
import type { ContentRecipient } from './content';

/**
 * A recipient unit confirms it received an item ("đã nhận"); doing it twice changes nothing.
 * Throws not_found (unit out of scope, or the item was not sent to it), forbidden.
 */
export async function acknowledgeContent(
  deps: Writes<'units' | 'content' | 'audit'> & Pick<Deps, 'clock' | 'ids'>,
  actor: Actor,
  id: string,
  input: { unitId?: string },
): Promise<ContentRecipient> {
  const unit = await getUnit(deps, actor, input.unitId ?? actor.unitId);
  authorize(actor, 'work.write', unit.path);
  const row = await deps.repos.content.recipient(id, unit.id);
  if (!row) throw new DomainError('not_found', `Tài liệu này chưa được gửi tới ${unit.name}.`);
  if (row.acknowledgedAt) return row;
  const now = deps.clock.now();
  const first = await deps.uow.transaction(async (repos) => {
    // Compare-and-set on "not yet acknowledged": of two at once, one records it, the other reads it.
    if (!(await repos.content.acknowledge(id, unit.id, actor.userId, now))) return false;
    await recordChange(repos, deps, actor, {
      unitId: unit.id,
      entity: 'content',
      entityId: id,
      action: 'acknowledge',
      changes: { unit: unit.name },
    });
    return true;
  });
  if (!first) return (await deps.repos.content.recipient(id, unit.id)) ?? row;
  return { ...row, acknowledgedAt: now, acknowledgedBy: actor.userId };
}
