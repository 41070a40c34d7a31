import type { PlanContentRequest } from '../../../contracts/plans.contract';

/** What was typed in a draft and not yet saved on the server, kept on this device. */
export interface LocalDraft {
  /** The version the content was typed on. */
  version: number;
  content: PlanContentRequest;
  savedAt: string;
}

const key = (planId: string) => `loa.plan-draft.${planId}`;

function isLocalDraft(value: unknown): value is LocalDraft {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as LocalDraft).version === 'number' &&
    typeof (value as LocalDraft).content === 'object' &&
    typeof (value as LocalDraft).savedAt === 'string'
  );
}

/** The unsaved copy of a plan on this device, or null. */
export function readLocalDraft(planId: string): LocalDraft | null {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(key(planId)) ?? 'null');
    return isLocalDraft(value) ? value : null;
  } catch {
    return null;
  }
}

/** Keeps what was typed until the server has it; a full or blocked storage only loses the copy. */
export function writeLocalDraft(planId: string, version: number, content: PlanContentRequest) {
  try {
    const draft: LocalDraft = { version, content, savedAt: new Date().toISOString() };
    localStorage.setItem(key(planId), JSON.stringify(draft));
  } catch {
    // The form still holds it; the copy on this device is a second safety only.
  }
}

export function dropLocalDraft(planId: string): void {
  try {
    localStorage.removeItem(key(planId));
  } catch {
    // Nothing to drop.
  }
}
