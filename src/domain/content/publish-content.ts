import { authorize, type Actor } from '../accounts/access';
import { recordSystemActivity } from '../activities/record-system-activity';
import { recordChange } from '../audit/record-change';
import type { Deps, Writes } from '../deps';
import { civilDate } from '../shared/dates';
import { conflict, DomainError } from '../shared/domain-error';
import { getUnit } from '../units/get-unit';
import { PUBLISHABLE, type ContentItem } from './content';
import { getContent } from './content-access';
import { refuseOwnWork } from './four-eyes';

/**
 * Puts an approved article on the portal's news of a unit (its own by default) and records the
 * publication as an activity (a correction counts as a rebuttal, "tin, bài phản bác"). Publishing
 * again changes nothing. Throws not_found, forbidden (role; its author or an editor publishing
 * it), conflict (not approved or not an article).
 */
export async function publishContent(
  deps: Writes<
    'units' | 'content' | 'activities' | 'categories' | 'obligations' | 'claims' | 'audit'
  > &
    Pick<Deps, 'clock' | 'ids' | 'changes'>,
  actor: Actor,
  id: string,
  input: { unitId?: string } = {},
): Promise<ContentItem> {
  const { item, own } = await getContent(deps, actor, id);
  if (!own) throw new DomainError('not_found', 'Không tìm thấy tài liệu.');
  const unit = await getUnit(deps, actor, input.unitId ?? item.unitId);
  authorize(actor, 'work.write', unit.path);
  if (!PUBLISHABLE.has(item.kind))
    throw conflict('Chỉ tin, bài và hỏi – đáp được đăng lên cổng thông tin.');
  if (item.status !== 'approved')
    throw conflict('Tài liệu phải được lãnh đạo duyệt trước khi đăng.');
  if (item.publishedAt) return item;
  refuseOwnWork(item, actor, 'đăng', 'người khác');
  const now = deps.clock.now();
  const published = await deps.uow.transaction(async (repos) => {
    // Compare-and-set: only an approved, unpublished item is published, and only once.
    const saved = await repos.content.update(
      item.id,
      { publishedAt: now, publishedUnitId: unit.id },
      now,
      { status: 'approved', unpublished: true },
    );
    if (!saved) return null;
    await recordSystemActivity(repos, deps, unit, {
      occurredOn: civilDate(now),
      channel: 'web_portal',
      categoryCode: item.claimId ? 'phan_bac' : 'tin_bai',
      quantity: 1,
      title: item.title,
      link: `/tin-tuc/${item.id}`,
      source: item.claimId ? 'correction' : 'publication',
      externalRef: `publish:${item.id}`,
      createdBy: actor.userId,
    });
    // Only the claims this correction was written for, and only those the publisher may act on.
    if (item.claimId) await repos.claims.markCorrected(item.id, actor.unitPath, now);
    await recordChange(repos, deps, actor, {
      unitId: unit.id,
      entity: 'content',
      entityId: item.id,
      action: 'publish',
      changes: { unit: unit.name },
    });
    return saved;
  });
  if (!published) {
    // Someone published it first (the same outcome: return it), or it changed state meanwhile.
    const current = await deps.repos.content.get(item.id);
    if (current?.publishedAt) return current;
    throw conflict('Tài liệu vừa thay đổi trạng thái; hãy tải lại.');
  }
  // Portal pages of places under the publishing unit list its news: let them be rebuilt.
  deps.changes.publish({ kind: 'unit', unitId: unit.id });
  return published;
}
