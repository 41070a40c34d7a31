import type { Repos } from '../ports';
import { DomainError } from '../shared/domain-error';
import { foldVietnamese } from '../shared/text';
import type { Unit } from './unit';

/**
 * The Vietnamese letters with diacritics, both cases, and the plain lower-case letter each folds
 * to: the database's unique index on sibling names folds with `translate(lower(name), FROM, TO)`,
 * so "Phường Cẩm Bình" and "PHUONG CAM BINH" cannot both sit under one parent.
 */
export const NAME_FOLD_FROM =
  'àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ' +
  'ÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ';
export const NAME_FOLD_TO =
  'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd' +
  'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd';

/** The clash message: names the unit already there and its parent. */
export function siblingClash(
  name: string,
  existing: Pick<Unit, 'id' | 'name'>,
  parent: Pick<Unit, 'name'>,
) {
  const message = `Trong "${parent.name}" đã có đơn vị "${existing.name}"; tên "${name}" trùng với nó (không phân biệt chữ hoa, chữ thường và dấu). Hãy đặt tên khác.`;
  return new DomainError('conflict', message, {
    issues: [{ path: 'name', message }],
    details: { unitId: existing.id },
  });
}

/** The child of `parent` (other than `exceptId`) whose name folds like `name`, if any. */
export async function siblingNamed(
  repos: Pick<Repos, 'units'>,
  parent: Pick<Unit, 'id' | 'path'>,
  name: string,
  exceptId?: string,
): Promise<Unit | null> {
  const key = foldVietnamese(name);
  const children = await repos.units.listWithin({
    withinPath: parent.path,
    parentId: parent.id,
    includeInactive: true,
  });
  return children.find((c) => c.id !== exceptId && foldVietnamese(c.name) === key) ?? null;
}

/**
 * Throws conflict (naming the unit already there) when another child of `parent` has a name that
 * folds like `name`: siblings are told apart by name, case and diacritics aside.
 */
export async function assertUniqueSiblingName(
  repos: Pick<Repos, 'units'>,
  parent: Pick<Unit, 'id' | 'path' | 'name'>,
  name: string,
  exceptId?: string,
): Promise<void> {
  const existing = await siblingNamed(repos, parent, name, exceptId);
  if (existing) throw siblingClash(name, existing, parent);
}
