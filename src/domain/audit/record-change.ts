import type { Actor } from '../accounts/access';
import type { Deps } from '../deps';
import type { Repos } from '../ports';
import type { AuditRecord } from './audit.port';

/**
 * Who a change is logged under: a user, a named process with no user behind it (the
 * installation's `loa admin create`), or null for Loa itself.
 */
export type Auditor =
  Pick<Actor, 'userId' | 'displayName'> | { userId: null; displayName: string } | null;

/** Writes one audit row inside the caller's transaction, so the change and its record commit together. */
export async function recordChange(
  repos: Pick<Repos, 'audit'>,
  deps: Pick<Deps, 'clock' | 'ids'>,
  actor: Auditor,
  change: Pick<AuditRecord, 'unitId' | 'entity' | 'entityId' | 'action' | 'changes'>,
): Promise<void> {
  await repos.audit.record({
    id: deps.ids.newId(),
    at: deps.clock.now(),
    actorId: actor?.userId ?? null,
    actorName: actor?.displayName ?? 'Hệ thống',
    ...change,
  });
}

/** The fields that differ between two snapshots, as { field: { from, to } }. */
export function diff<T extends object>(
  before: T,
  after: Partial<T>,
): Record<string, { from: unknown; to: unknown }> {
  const out: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of Object.keys(after) as Array<keyof T>) {
    const to = after[key];
    if (to !== undefined && before[key] !== to) out[String(key)] = { from: before[key], to };
  }
  return out;
}
