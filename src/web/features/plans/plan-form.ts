import type { PlanContentRequest, PlanResponse } from '../../../contracts/plans.contract';

type Task = PlanContentRequest['assignments'][number]['tasks'][number];

/** A value as a form holds it while it is typed: any field of it may be missing. */
type Typed<T> = T extends readonly (infer U)[]
  ? Typed<U>[]
  : T extends object
    ? { [K in keyof T]?: Typed<T[K]> }
    : T;

/**
 * What the form holds: the content, with inputs that may be blank or missing while being typed
 * (a field not drawn yet, the empty store the first render watches).
 */
export type PlanFormValues = Typed<PlanContentRequest>;

const str = (v: string | null | undefined) => v ?? '';
const orNull = (v: string | null | undefined) => (v && v.trim() ? v : null);

function task(t: Typed<Task>): Task {
  const count = t.recurrence?.count;
  return {
    text: str(t.text),
    channel: t.channel ?? null,
    frequencyText: orNull(t.frequencyText),
    recurrence: count ? { count, per: t.recurrence?.per ?? 'week' } : null,
    deadline: t.deadline ?? null,
    target: orNull(t.target),
  };
}

/** The form's values as the API takes them: blanks become null where the field is optional. */
export function toContent(v: PlanFormValues): PlanContentRequest {
  return {
    title: str(v.title),
    place: str(v.place),
    parentBody: str(v.parentBody),
    issuingBody: str(v.issuingBody),
    bodyCode: str(v.bodyCode),
    electionId: v.electionId ?? null,
    bases: (v.bases ?? []).map((b) => ({ text: str(b.text), planId: b.planId ?? null })),
    preamble: str(v.preamble),
    purposes: str(v.purposes),
    requirements: str(v.requirements),
    contentThemes: str(v.contentThemes),
    channels: v.channels ?? [],
    channelsText: str(v.channelsText),
    periodFrom: v.periodFrom ?? null,
    periodTo: v.periodTo ?? null,
    timeText: str(v.timeText),
    requireWeeklyReports: Boolean(v.requireWeeklyReports),
    phases: (v.phases ?? []).map((p) => ({
      name: str(p.name),
      from: str(p.from),
      to: str(p.to),
      peak: Boolean(p.peak),
    })),
    assignments: (v.assignments ?? []).map((a) => ({
      unitId: a.unitId ?? null,
      unitIds: a.unitIds ?? [],
      // A cleared kind select leaves the rest of the group behind: no kind, no "all of".
      allOf: a.allOf?.kind
        ? {
            kind: a.allOf.kind,
            underId: a.allOf.underId ?? null,
            exceptIds: a.allOf.exceptIds ?? [],
          }
        : null,
      unitName: str(a.unitName),
      tasks: (a.tasks ?? []).map(task),
    })),
    closing: str(v.closing),
    recipients: (v.recipients ?? []).map((r) => ({
      name: str(r.name),
      purpose: r.purpose ?? null,
      unitId: r.unitId ?? null,
    })),
    archiveLine: str(v.archiveLine),
    signer: {
      authority: str(v.signer?.authority),
      position: str(v.signer?.position),
      name: str(v.signer?.name),
    },
  };
}

/** The content part of a loaded plan (the form's starting values). */
export function contentOf(plan: PlanResponse): PlanContentRequest {
  return toContent(plan);
}

/** A plain-text copy of what was typed, for the user to keep when a save was refused. */
export function contentAsText(c: PlanContentRequest): string {
  const tasks = c.assignments.flatMap((a) => [a.unitName, ...a.tasks.map((t) => `- ${t.text}`)]);
  return [
    c.title,
    ...c.bases.map((b) => b.text),
    c.preamble,
    c.purposes,
    c.requirements,
    c.contentThemes,
    c.channelsText,
    c.timeText,
    ...tasks,
    c.closing,
    ...c.recipients.map((r) => `- ${r.name}${r.purpose ? ` (${r.purpose})` : ''}`),
  ]
    .filter((s) => s.trim())
    .join('\n\n');
}
