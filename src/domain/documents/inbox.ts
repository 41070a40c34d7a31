import type { Actor } from '../accounts/access';
import type { Reads } from '../deps';
import { getUnit } from '../units/get-unit';
import type { InboxItem } from './documents.port';

export const INBOX_LIMIT = 200;

/**
 * "Văn bản đến" of a unit within the actor's scope (their own by default): every issued plan
 * that gave it work or named it in "Nơi nhận", and every sơ kết issued by a unit right below it
 * (sent b/c), with number, date, issuer and signature, and whether the unit has received it
 * (opening it there records that: "Đã nhận" for a plan, the reading for a sơ kết).
 */
export async function findInbox(
  deps: Reads<'units' | 'inbox'>,
  actor: Actor,
  unitId: string | undefined,
): Promise<{
  unitId: string;
  unitName: string;
  items: InboxItem[];
  total: number;
  unread: number;
}> {
  const unit = await getUnit(deps, actor, unitId ?? actor.unitId);
  const { items, total, unread } = await deps.repos.inbox.received(unit.id, INBOX_LIMIT);
  return { unitId: unit.id, unitName: unit.name, items, total, unread };
}
