/** Levels and kinds of node in the unit tree (đơn vị hành chính and attached agencies). */
export const UNIT_KINDS = [
  'nation',
  'province',
  'district',
  'commune',
  'village',
  'agency',
  /** A working group (ban chỉ đạo, tiểu ban, tổ công tác) whose members are units elsewhere in its parent's subtree. */
  'group',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export interface Unit {
  id: string;
  parentId: string | null;
  /** Materialized path of ids from the root, ending with this unit's own id: `/a/b/c/`. */
  path: string;
  depth: number;
  name: string;
  shortName: string | null;
  kind: UnitKind;
  /** Official administrative code (mã đơn vị hành chính), where one exists. */
  code: string | null;
  active: boolean;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export const childPath = (parentPath: string | null, id: string): string =>
  `${parentPath ?? '/'}${id}/`;

/** True when `path` is the node at `rootPath` or below it. */
export const isWithin = (path: string, rootPath: string): boolean => path.startsWith(rootPath);

/** Ids of the ancestors named in a path, root first, the node itself excluded. */
export function ancestorIds(path: string): string[] {
  const ids = path.split('/').filter(Boolean);
  return ids.slice(0, -1);
}
