import { planNumberText, type Plan } from '../domain/plans/plan';
import { planWording } from '../domain/plans/plan-wording';
import type { AdministrativeDocumentModel } from './document-model';

/**
 * A plan laid out as the state format prints a Kế hoạch, in the wording the web's preview shows
 * (domain/plans/plan-wording.ts).
 */
export function planDocumentModel(plan: Plan, year: number): AdministrativeDocumentModel {
  const w = planWording(plan, { ...plan, numberText: planNumberText(plan) }, year);
  return {
    header: {
      parentBody: w.parentBody,
      issuingBody: w.issuingBody,
      numberLine: w.numberLine,
      dateLine: w.dateLine,
    },
    documentType: 'KẾ HOẠCH',
    summary: w.title,
    body: w.body,
    recipients: w.recipients,
    signature: {
      authority: w.signer.authority,
      position: w.signer.position,
      signer: w.signer.name,
    },
    draft: w.draft,
  };
}

/** File name for downloads: "KH-51-UBND-2022.docx" or "du-thao-ke-hoach.docx". */
export function planFileName(plan: Plan, ext: string): string {
  const n = planNumberText(plan);
  return n && plan.issuedOn
    ? `KH-${n.replace('/KH-', '-')}-${plan.issuedOn.slice(0, 4)}.${ext}`
    : `du-thao-ke-hoach.${ext}`;
}
