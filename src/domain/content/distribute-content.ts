import { authorize, type Actor } from '../accounts/access';
import { recordChange } from '../audit/record-change';
import type { Deps, Writes } from '../deps';
import { notifyUnits } from '../notifications/notify';
import { civilDate, formatDateVi } from '../shared/dates';
import { conflict, DomainError, invalid, notFound } from '../shared/domain-error';
import type { Unit } from '../units/unit';
import type { ContentRecipient } from './content';
import { getContent } from './content-access';

const MAX_RECIPIENTS = 20_000;

/**
 * Sends an approved, unexpired item down the tree to chosen units, or to each chosen unit's
 * whole subtree; units that already have it are skipped. A past campaign gives the day it was
 * sent, which must fall within the item's validity. Throws not_found (item or a unit out of
 * scope), forbidden, conflict (not approved), validation (expired, distributedOn out of validity
 * or in the future, nothing chosen, too many).
 */
export async function distributeContent(
  deps: Writes<'units' | 'content' | 'audit' | 'notifications' | 'outbox'> &
    Pick<Deps, 'clock' | 'ids' | 'mailer'>,
  actor: Actor,
  id: string,
  input: { unitIds: string[]; includeSubtree: boolean; distributedOn?: string },
): Promise<{ added: number; skipped: number }> {
  const { item } = await getContent(deps, actor, id);
  authorize(actor, 'work.write');
  if (item.status !== 'approved')
    throw conflict('Tài liệu phải được lãnh đạo duyệt trước khi gửi.');
  const today = civilDate(deps.clock.now());
  // A past campaign entered after the fact sends an item on the day it was valid, though expired now.
  const day = input.distributedOn ?? today;
  if (day > today) throw invalid('distributedOn', 'Ngày gửi không được ở tương lai.');
  if (input.distributedOn && item.validFrom && day < item.validFrom)
    throw invalid(
      'distributedOn',
      `Ngày gửi trước ngày tài liệu có hiệu lực (${formatDateVi(item.validFrom)}).`,
    );
  if (item.validUntil && item.validUntil < day)
    throw invalid('validUntil', `Tài liệu đã hết hiệu lực từ ${formatDateVi(item.validUntil)}.`);
  if (input.unitIds.length === 0) throw invalid('unitIds', 'Hãy chọn ít nhất một đơn vị nhận.');
  const chosen = await deps.repos.units.getMany([...new Set(input.unitIds)]);
  for (const uid of input.unitIds) {
    const unit = chosen.find((u) => u.id === uid);
    if (!unit) throw notFound('đơn vị nhận');
    authorize(actor, 'work.write', unit.path);
  }
  const targets = new Map<string, Unit>();
  for (const unit of chosen) {
    targets.set(unit.id, unit);
    if (!input.includeSubtree) continue;
    const below = await deps.repos.units.find({ withinPath: unit.path, limit: MAX_RECIPIENTS + 1 });
    for (const u of below) targets.set(u.id, u);
  }
  targets.delete(item.unitId);
  if (targets.size > MAX_RECIPIENTS)
    throw new DomainError('validation', `Quá nhiều đơn vị nhận (tối đa ${MAX_RECIPIENTS}).`);
  const now = deps.clock.now();
  const rows: ContentRecipient[] = [...targets.values()].map((u) => ({
    contentId: item.id,
    unitId: u.id,
    unitPath: u.path,
    fromUnitId: actor.unitId,
    distributedBy: actor.userId,
    distributedAt: now,
    acknowledgedAt: null,
    acknowledgedBy: null,
  }));
  const added = await deps.uow.transaction(async (repos) => {
    // Still approved, and held so for the rest of the transaction: never sent once withdrawn.
    if (!(await repos.content.lockIf(item.id, { status: 'approved' })))
      throw conflict('Tài liệu vừa thay đổi trạng thái; không gửi được. Hãy tải lại.');
    const inserted = await repos.content.addRecipients(rows);
    await recordChange(repos, deps, actor, {
      unitId: item.unitId,
      entity: 'content',
      entityId: item.id,
      action: 'distribute',
      changes: {
        recipients: inserted.length,
        includeSubtree: input.includeSubtree,
        ...(input.distributedOn ? { distributedOn: input.distributedOn } : {}),
      },
    });
    if (inserted.length)
      await notifyUnits(repos, deps, {
        unitIds: inserted.map((r) => r.unitId),
        kind: 'content.received',
        title: `Tài liệu tuyên truyền mới: ${item.title}`,
        body: 'Đơn vị vừa nhận một tài liệu tuyên truyền. Hãy mở tài liệu và xác nhận "Đã nhận".',
        link: `/app/content/${item.id}`,
      });
    return inserted.length;
  });
  return { added, skipped: rows.length - added };
}
