import { authorize, type Actor } from '../accounts/access';
import { recordChange } from '../audit/record-change';
import type { Deps, Writes } from '../deps';
import type { Channel } from '../plans/plan';
import { civilDate } from '../shared/dates';
import { DomainError } from '../shared/domain-error';
import { cleanText } from '../shared/text';
import { getUnit } from '../units/get-unit';
import { ancestorIds } from '../units/unit';
import type { Activity } from './activity';
import { activityIssues, contribution } from './activity-rules';
import { mainAndExtra, type Approx } from './figures';

export interface RecordActivityInput {
  unitId: string;
  occurredOn: string;
  channel: Channel;
  /** Other channels the same figure spans; it is recorded and counted once. */
  extraChannels?: Channel[] | undefined;
  /** A named outlet within the channel, as stated (fanpage “Truyền hình Hạ Long”). */
  outlet?: string | null | undefined;
  /** How the quantity is stated: exactly (null), over, about, at least. */
  approx?: Approx | null | undefined;
  categoryCode: string;
  quantity: number;
  title?: string | null;
  link?: string | null;
  taskId?: string | null;
}

/**
 * Records one piece of work done, and counts it at once towards the tasks it satisfies.
 * Throws not_found/forbidden (unit out of scope or role), validation naming each bad field.
 */
export async function recordActivity(
  deps: Writes<'units' | 'categories' | 'activities' | 'obligations' | 'audit'> &
    Pick<Deps, 'clock' | 'ids'>,
  actor: Actor,
  input: RecordActivityInput,
): Promise<Activity> {
  const unit = await getUnit(deps, actor, input.unitId);
  authorize(actor, 'work.write', unit.path);
  const category = (await deps.repos.categories.get(input.categoryCode)) ?? undefined;
  const issues = activityIssues(input, category, unit.kind, civilDate(deps.clock.now()));
  const outlet = input.outlet ? cleanText(input.outlet) : null;
  if (input.outlet !== undefined && input.outlet !== null && !outlet)
    issues.push({
      path: 'outlet',
      message: 'Tên trang, kênh cụ thể đang để trống; hãy ghi tên hoặc bỏ đi.',
    });
  if (input.link && !/^https?:\/\/\S+$/.test(input.link))
    issues.push({ path: 'link', message: 'Đường dẫn phải bắt đầu bằng http:// hoặc https://.' });
  if (issues.length || !category)
    throw new DomainError('validation', issues[0]?.message ?? 'Hoạt động không hợp lệ.', {
      issues,
    });
  const activity: Activity = {
    id: deps.ids.newId(),
    unitId: unit.id,
    unitPath: unit.path,
    occurredOn: input.occurredOn,
    ...mainAndExtra(input.channel, input.extraChannels ?? []),
    outlet,
    approx: input.approx ?? null,
    categoryCode: category.code,
    quantity: input.quantity,
    measureUnit: category.measureUnit,
    title: input.title ? cleanText(input.title) : null,
    link: input.link ?? null,
    taskId: input.taskId ?? null,
    source: 'manual',
    externalRef: null,
    createdBy: actor.userId,
    createdAt: deps.clock.now(),
  };
  await deps.uow.transaction(async (repos) => {
    await repos.activities.insertMany([activity]);
    await repos.obligations.applyActivity(activity, contribution(category, activity.quantity), [
      ...ancestorIds(unit.path),
      unit.id,
    ]);
    await recordChange(repos, deps, actor, {
      unitId: unit.id,
      entity: 'activity',
      entityId: activity.id,
      action: 'create',
      changes: {
        occurredOn: activity.occurredOn,
        channel: activity.channel,
        ...(activity.extraChannels?.length ? { extraChannels: activity.extraChannels } : {}),
        ...(activity.outlet ? { outlet: activity.outlet } : {}),
        ...(activity.approx ? { approx: activity.approx } : {}),
        category: category.code,
        quantity: activity.quantity,
      },
    });
  });
  return activity;
}
