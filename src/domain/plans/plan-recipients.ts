import type { Plan } from './plan';

/**
 * The units an issued plan is sent to, who confirm receipt: every unit given a task by it and
 * every unit named in its "Nơi nhận", but never the issuer itself (its copy is "Lưu: VT").
 */
export function planRecipientIds(
  plan: Pick<Plan, 'unitId' | 'recipients'>,
  assigneeIds: readonly string[],
): string[] {
  const named = plan.recipients.flatMap((r) => (r.unitId ? [r.unitId] : []));
  return [...new Set([...assigneeIds, ...named])].filter((id) => id !== plan.unitId);
}
