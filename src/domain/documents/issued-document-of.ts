import type { Deps, Reads } from '../deps';
import { isIssued, planNumberText, type Plan } from '../plans/plan';
import type { IssuedDocument } from './issued-document';

/** What an issued document is, before its PDF: what was issued, by whom, with which number. */
type Issued = Pick<
  IssuedDocument,
  'kind' | 'entityId' | 'unitId' | 'numberText' | 'issuedOn' | 'title'
>;

/** The record that queues a document's PDF: waiting, never tried. */
export const pendingDocument = (doc: Issued, id: string, now: Date): IssuedDocument => ({
  ...doc,
  id,
  status: 'pending',
  fileKey: null,
  signedBy: null,
  signedAt: null,
  error: null,
  attempts: 0,
  createdAt: now,
  updatedAt: now,
});

/** The record that queues an issued plan's PDF. */
export const issuedPlanDocument = (
  plan: Plan,
  issuedOn: string,
  id: string,
  now: Date,
): IssuedDocument =>
  pendingDocument(
    {
      kind: 'plan',
      entityId: plan.id,
      unitId: plan.unitId,
      numberText: planNumberText(plan) ?? '',
      issuedOn,
      title: plan.title,
    },
    id,
    now,
  );

/** "05/BC-TBTT": a sơ kết's number in the unit's register, with the symbol its plans carry. */
export const summaryNumberText = (number: number, bodyCode: string | null): string =>
  `${String(number).padStart(2, '0')}/BC-${bodyCode ?? 'UBND'}`;

/**
 * The issued-document record of an issued plan; a plan issued before Loa kept PDFs gets its
 * record queued now, as issuing would have. Null for a plan not issued (its PDF is a draft's).
 */
export async function issuedDocumentOfPlan(
  deps: Reads<'issuedDocuments'> & Pick<Deps, 'clock' | 'ids'>,
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
