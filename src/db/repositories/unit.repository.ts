import { and, asc, eq, inArray, like, or, sql } from 'drizzle-orm';
import { childPath, type Unit } from '../../domain/units/unit';
import type { UnitListItem, UnitQuery, UnitRepository } from '../../domain/units/units.port';
import { foldVietnamese } from '../../domain/shared/text';
import { NAME_FOLD_FROM, NAME_FOLD_TO } from '../../domain/units/sibling-names';
import type { Db } from '../database';
import { units, users } from '../schema';
import { UNIT_PATH_COLUMNS } from './unit-path-columns';

type Row = typeof units.$inferSelect;

export const toUnit = (r: Row): Unit => ({
  id: r.id,
  parentId: r.parentId,
  path: r.path,
  depth: r.depth,
  name: r.name,
  shortName: r.shortName,
  kind: r.kind,
  code: r.code,
  active: r.active,
  version: r.version,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
});

const searchText = (u: Pick<Unit, 'name' | 'shortName' | 'code'>): string =>
  foldVietnamese([u.name, u.shortName ?? '', u.code ?? ''].join(' '));

/** Escapes LIKE wildcards so a user's "%" or "_" is matched literally. */
export const likeEscape = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The units a query asks for: within a path, active unless asked, of a parent, kind or text. */
const unitsMatching = (q: Omit<UnitQuery, 'limit'>) =>
  and(
    like(units.path, `${likeEscape(q.withinPath)}%`),
    q.includeInactive ? undefined : eq(units.active, true),
    q.parentId ? eq(units.parentId, q.parentId) : undefined,
    q.kind ? eq(units.kind, q.kind) : undefined,
    q.search ? like(units.searchText, `%${likeEscape(q.search)}%`) : undefined,
  );

/** One unit by id, prepared once: most routes read the unit they are scoped to first. */
const unitByIdQuery = (db: Db) =>
  db
    .select()
    .from(units)
    .where(eq(units.id, sql.placeholder('id')))
    .prepare('loa_unit_by_id');

export function unitRepository(db: Db): UnitRepository {
  let unitById: ReturnType<typeof unitByIdQuery> | null = null;
  return {
    async get(id) {
      unitById ??= unitByIdQuery(db);
      const [row] = await unitById.execute({ id });
      return row ? toUnit(row) : null;
    },
    async getMany(ids) {
      if (ids.length === 0) return [];
      return (await db.select().from(units).where(inArray(units.id, ids))).map(toUnit);
    },
    async findByCode(code) {
      const [row] = await db.select().from(units).where(eq(units.code, code));
      return row ? toUnit(row) : null;
    },
    async findByCodes(codes) {
      if (codes.length === 0) return [];
      return (await db.select().from(units).where(inArray(units.code, codes))).map(toUnit);
    },
    async named(text) {
      const folded = sql`translate(lower(${units.name}), ${NAME_FOLD_FROM}, ${NAME_FOLD_TO})`;
      const rows = await db
        .select()
        .from(units)
        .where(or(eq(folded, foldVietnamese(text)), eq(units.code, text.trim())))
        // Namesakes in a stable order: those with a code first (the easier to write), by code.
        .orderBy(asc(units.depth), asc(units.name), asc(units.code), asc(units.id));
      return rows.map(toUnit);
    },
    async find(q: UnitQuery): Promise<UnitListItem[]> {
      // Qualified by hand: inside the subquery a bare "id" would mean the child's own id.
      const childCount = sql<number>`(select count(*)::int from ${units} c where c.parent_id = "units"."id"${
        q.includeInactive ? sql`` : sql` and c.active`
      })`;
      const rows = await db
        .select({ unit: units, childCount })
        .from(units)
        .where(unitsMatching(q))
        .orderBy(asc(units.depth), asc(units.name))
        .limit(q.limit);
      return rows.map((r) => ({ ...toUnit(r.unit), childCount: r.childCount }));
    },
    async listWithin(q) {
      const rows = await db
        .select()
        .from(units)
        .where(unitsMatching(q))
        .orderBy(asc(units.depth), asc(units.name));
      return rows.map(toUnit);
    },
    async insert(u) {
      await db.insert(units).values({ ...u, searchText: searchText(u) });
    },
    async update(id, expectedVersion, patch, at) {
      const current = await this.get(id);
      if (!current) return null;
      const next = { ...current, ...patch };
      const [row] = await db
        .update(units)
        .set({
          ...patch,
          searchText: searchText(next),
          version: expectedVersion + 1,
          updatedAt: at,
        })
        .where(and(eq(units.id, id), eq(units.version, expectedVersion)))
        .returning();
      return row ? toUnit(row) : null;
    },
    async moveSubtree(id, newParentId, oldPath, newPath, at) {
      const prefix = `${likeEscape(oldPath)}%`;
      // The subtree and the new parent are locked in one order (by id) for every move, so two
      // moves touching the same branch wait for each other instead of re-rooting a stale path.
      const locked = await db
        .select({ id: units.id, path: units.path })
        .from(units)
        .where(or(like(units.path, prefix), eq(units.id, newParentId)))
        .orderBy(asc(units.id))
        .for('update');
      const pathOf = (unitId: string) => locked.find((u) => u.id === unitId)?.path ?? null;
      const parentPath = pathOf(newParentId);
      if (pathOf(id) !== oldPath || !parentPath || childPath(parentPath, id) !== newPath) {
        return false;
      }
      // Every copy of a path follows the move, so scope checks and roll-ups find the rows in
      // their new branch and no longer in the old one (ADR 10).
      for (const { table, column } of UNIT_PATH_COLUMNS) {
        const col = sql.identifier(column);
        await db.execute(
          sql`update ${sql.identifier(table)} set ${col} = ${newPath} || substr(${col}, ${oldPath.length + 1}) where ${col} like ${prefix}`,
        );
      }
      const depthDelta = newPath.split('/').length - oldPath.split('/').length;
      await db
        .update(units)
        .set({
          path: sql`${newPath} || substr(${units.path}, ${oldPath.length + 1})`,
          depth: sql`${units.depth} + ${depthDelta}`,
        })
        .where(like(units.path, prefix));
      await db
        .update(units)
        .set({ parentId: newParentId, version: sql`${units.version} + 1`, updatedAt: at })
        .where(eq(units.id, id));
      return true;
    },
    async countActiveUsersWithin(path) {
      const [row] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(users)
        .innerJoin(units, eq(users.unitId, units.id))
        .where(and(eq(users.active, true), like(units.path, `${likeEscape(path)}%`)));
      return row?.n ?? 0;
    },
  };
}
