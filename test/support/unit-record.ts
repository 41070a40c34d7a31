import type { Unit } from '../../src/domain/units/unit';

/**
 * A unit as the repositories return it, for pure functions that take units (matching a name to
 * one): named, of a kind, its id its name so a test reads which one was chosen.
 */
export const unitRecord = (
  name: string,
  { shortName = null, kind = 'agency' }: { shortName?: string | null; kind?: Unit['kind'] } = {},
): Unit => ({
  id: name,
  parentId: null,
  path: `/${name}/`,
  depth: 3,
  name,
  shortName,
  kind,
  code: null,
  active: true,
  version: 1,
  createdAt: new Date(0),
  updatedAt: new Date(0),
});
