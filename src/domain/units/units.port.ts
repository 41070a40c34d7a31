import type { Unit, UnitKind } from './unit';

export interface UnitListItem extends Unit {
  childCount: number;
  /** Names of the unit's parents within the reader's scope, nearest first (search results). */
  trail?: string[];
}

export interface UnitQuery {
  /** Only units at or below this path (the caller's scope). */
  withinPath: string;
  /** Folded text (see foldVietnamese) matched against name, short name and code. */
  search?: string;
  parentId?: string;
  /** Only units of this kind ("all khu phố below"). */
  kind?: UnitKind;
  includeInactive?: boolean;
  limit: number;
}

/** Storage of the unit tree; queries only, no rules. */
export interface UnitRepository {
  get(id: string): Promise<Unit | null>;
  getMany(ids: string[]): Promise<Unit[]>;
  findByCode(code: string): Promise<Unit | null>;
  findByCodes(codes: string[]): Promise<Unit[]>;
  /**
   * Every unit, anywhere in the tree, whose name folds like `text` (case and diacritics aside,
   * as the sibling-name index folds) or whose code is `text`; shallowest first.
   */
  named(text: string): Promise<Unit[]>;
  /** A page of units for a list or a search: at most `limit`, with their child counts. */
  find(query: UnitQuery): Promise<UnitListItem[]>;
  /**
   * Every unit the query matches, however many (a national tree has ~105,000), shallowest first
   * then by name: for work that must see them all (matching an import's names, "all villages
   * below"), where a page's limit would drop the deepest units without a word.
   */
  listWithin(query: Omit<UnitQuery, 'limit' | 'search'>): Promise<Unit[]>;
  insert(unit: Unit): Promise<void>;
  /** Updates when the stored version matches; returns false when someone saved first. */
  update(
    id: string,
    expectedVersion: number,
    patch: Partial<Pick<Unit, 'name' | 'shortName' | 'kind' | 'code' | 'active'>>,
    at: Date,
  ): Promise<Unit | null>;
  /**
   * Moves a node and its subtree: every path starting with `oldPath`, in `units` and in every
   * table that copies a unit's path, is re-rooted at `newPath`. Locks the subtree and the new
   * parent first; returns false, changing nothing, when either was moved meanwhile.
   */
  moveSubtree(
    id: string,
    newParentId: string,
    oldPath: string,
    newPath: string,
    at: Date,
  ): Promise<boolean>;
  countActiveUsersWithin(path: string): Promise<number>;
}

export type UnitPatch = Partial<{
  name: string;
  shortName: string | null;
  kind: UnitKind;
  code: string | null;
}>;
