import { authorize, type Actor } from '../accounts/access';
import type { Reads } from '../deps';
import { getUnit } from '../units/get-unit';
import type { Unit } from '../units/unit';
import { checkAssignees } from './check-assignees';
import type { Assignment } from './plan';

/**
 * The units one assignment of a plan by `issuerUnitId` would give its tasks to if issued now (the
 * editor's "Sẽ giao cho 8 đơn vị" line), by the same rule as issuePlan. Throws not_found outside
 * the actor's scope, validation like checkAssignees.
 */
export async function previewAssignees(
  deps: Reads<'units' | 'groups'>,
  actor: Actor,
  input: { issuerUnitId: string; assignment: Omit<Assignment, 'tasks' | 'unitName'> },
): Promise<Unit[]> {
  const issuer = await getUnit(deps, actor, input.issuerUnitId);
  authorize(actor, 'work.read', issuer.path);
  const [units] = await checkAssignees(deps.repos, issuer, {
    assignments: [{ ...input.assignment, unitName: '', tasks: [] }],
  });
  return units ?? [];
}
