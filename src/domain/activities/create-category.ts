import { authorize, type Actor } from '../accounts/access';
import { recordChange } from '../audit/record-change';
import type { Deps, Writes } from '../deps';
import { conflict } from '../shared/domain-error';
import { cleanText } from '../shared/text';
import type { ActivityCategory } from './activity';

/** Adds an entry to the activity catalogue (admins only). Throws forbidden, conflict (code taken). */
export async function createCategory(
  deps: Writes<'categories' | 'audit'> & Pick<Deps, 'clock' | 'ids'>,
  actor: Actor,
  input: Omit<ActivityCategory, 'builtin' | 'active'>,
): Promise<ActivityCategory> {
  authorize(actor, 'user.write');
  const category: ActivityCategory = {
    ...input,
    name: cleanText(input.name),
    measureUnit: cleanText(input.measureUnit),
    builtin: false,
    active: true,
  };
  await deps.uow.transaction(async (repos) => {
    if (!(await repos.categories.insert(category)))
      throw conflict(`Mã "${input.code}" đã có trong danh mục.`);
    await recordChange(repos, deps, actor, {
      unitId: actor.unitId,
      entity: 'activity_category',
      entityId: category.code,
      action: 'create',
      changes: { ...category },
    });
  });
  return category;
}
