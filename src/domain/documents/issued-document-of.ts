import type { Deps } from '../deps';
import { isIssued, planNumberText, type Plan } from '../plans/plan';
import type { IssuedDocument } from './issued-document';

/** The record that queues an issued plan's PDF. */
export const issuedPlanDocument = (
  plan: Plan,
  issuedOn: string,
  id: string,
  now: Date,
): IssuedDocument => ({
  id,
  kind: 'plan',
  entityId: plan.id,
  unitId: plan.unitId,
  numberText: planNumberText(plan) ?? '',
  issuedOn,
  title: plan.title,
  status: 'pending',
  fileKey: null,
  signedBy: null,
  signedAt: null,
  error: null,
  attempts: 0,
  createdAt: now,
  updatedAt: now,
});

/** "05/BC-TBTT": a sơ kết's number in the unit's register, with the symbol its plans carry. */
export const summaryNumberText = (number: number, bodyCode: string | null): string =>
  `${String(number).padStart(2, '0')}/BC-${bodyCode ?? 'UBND'}`;

/** The record that queues an issued sơ kết's (or tổng kết's) PDF. */
export const issuedSummaryDocument = (
  report: { id: string; unitId: string },
  doc: {
    kind: 'phase_report' | 'final_report';
    numberText: string;
    issuedOn: string;
    title: string;
  },
  id: string,
  now: Date,
): IssuedDocument => ({
  id,
  entityId: report.id,
  unitId: report.unitId,
  ...doc,
  status: 'pending',
  fileKey: null,
  signedBy: null,
  signedAt: null,
  error: null,
  attempts: 0,
  createdAt: now,
  updatedAt: now,
});

/**
 * The issued-document record of an issued plan; a plan issued before Loa kept PDFs gets its
 * record queued now, as issuing would have. Null for a plan not issued (its PDF is a draft's).
 */
export async function issuedDocumentOfPlan(
  deps: Pick<Deps, 'repos' | 'clock' | 'ids'>,
  plan: Plan,
): Promise<IssuedDocument | null> {
  if (!isIssued(plan.status) || !plan.issuedOn) return null;
  const found = await deps.repos.issuedDocuments.find('plan', plan.id);
  if (found) return found;
  await deps.repos.issuedDocuments.enqueue(
    issuedPlanDocument(plan, plan.issuedOn, deps.ids.newId(), deps.clock.now()),
  );
  return deps.repos.issuedDocuments.find('plan', plan.id);
}
