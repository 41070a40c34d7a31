import type { ContentItem } from '../../../src/domain/content/content';
import { publishContent } from '../../../src/domain/content/publish-content';
import type { Deps } from '../../../src/domain/deps';
import type { Unit } from '../../../src/domain/units/unit';
import { actorOf, buildUser } from './accounts';
import { buildContent, type ContentOverrides } from './content';

export type NewsOverrides = Omit<ContentOverrides, 'status' | 'kind' | 'file'>;

/**
 * An article of `unit` on the portal's news: written and approved through `buildContent`, then
 * published through `publishContent` by the leader who approved it (never its author). Voters see
 * it on the election pages of the unit and of every place below it.
 */
export async function buildNews(
  deps: Deps,
  unit: Unit,
  overrides: NewsOverrides = {},
): Promise<ContentItem> {
  const approver = overrides.approver ?? (await buildUser(deps, unit, { role: 'leader' }));
  const item = await buildContent(deps, unit, {
    ...overrides,
    kind: 'article',
    status: 'approved',
    approver,
  });
  const home = approver.unitId === unit.id ? unit : await deps.repos.units.get(approver.unitId);
  if (!home) throw new Error(`unit ${approver.unitId} of ${approver.username} missing`);
  return publishContent(deps, actorOf(approver, home), item.id);
}
