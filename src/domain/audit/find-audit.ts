import { authorize, type Actor } from '../accounts/access';
import type { Reads } from '../deps';
import type { AuditListItem } from './audit.port';
import type { AuditAction, AuditEntity } from './audit-vocabulary';

export interface FindAuditInput {
  entity?: AuditEntity;
  actorId?: string;
  action?: AuditAction;
  from?: Date;
  to?: Date;
  page: number;
  pageSize: number;
}

/** Lists audit entries of the actor's subtree, newest first. Throws forbidden for officers and viewers. */
export async function findAudit(
  deps: Reads<'audit'>,
  actor: Actor,
  input: FindAuditInput,
): Promise<{ items: AuditListItem[]; total: number }> {
  authorize(actor, 'audit.read');
  return deps.repos.audit.find({
    withinPath: actor.unitPath,
    ...(input.entity ? { entity: input.entity } : {}),
    ...(input.actorId ? { actorId: input.actorId } : {}),
    ...(input.action ? { action: input.action } : {}),
    ...(input.from ? { from: input.from } : {}),
    ...(input.to ? { to: input.to } : {}),
    limit: input.pageSize,
    offset: (input.page - 1) * input.pageSize,
  });
}
