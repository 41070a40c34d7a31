import { matchUnitByName } from '../domain/imports/match-unit';
import { parseFrequency } from '../domain/plans/recurrence';
import type { PlanContent } from '../domain/plans/plan';
import type { Unit } from '../domain/units/unit';
import type { Extraction } from './extraction.schema';

const fullDate = (d: string | null): string | null =>
  d && /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : null;

export interface PlanDraft {
  content: Partial<PlanContent>;
  /** Indexes of assignments whose unit could not be matched in Loa: the user must choose. */
  unmatched: number[];
}

/**
 * A draft plan's content from an extracted document: the document's own wording, dates where
 * complete, channels, and assignments matched to units of the importer by name. Numbers and
 * dates of issue are not carried over: the draft gets its own when issued.
 */
export function planDraftFromExtraction(x: Extraction, candidates: Unit[]): PlanDraft {
  const unmatched: number[] = [];
  const assignments = x.assignments.map((a, i) => {
    const unit = matchUnitByName(a.unit, candidates);
    if (!unit) unmatched.push(i);
    const deadline = fullDate(a.deadline);
    const recurrence = a.frequency ? parseFrequency(a.frequency) : null;
    return {
      unitId: unit?.id ?? null,
      unitName: a.unit,
      tasks: (a.tasks.length ? a.tasks : ['']).map((text) => ({
        text,
        channel: null,
        frequencyText: a.frequency,
        recurrence: recurrence && !deadline ? recurrence : null,
        deadline,
        target: null,
      })),
    };
  });
  const from = fullDate(x.period.from);
  const to = fullDate(x.period.to);
  const phases = x.phases
    .map((p) => ({ name: p.name, from: fullDate(p.from), to: fullDate(p.to) }))
    .filter((p): p is { name: string; from: string; to: string } => !!p.from && !!p.to)
    .map((p) => ({ ...p, peak: /cao điểm/i.test(p.name) }));
  const signer = x.signer;
  return {
    content: {
      title: x.title ?? '',
      ...(x.place ? { place: x.place } : {}),
      bases: x.bases.map((text) => ({ text, planId: null })),
      channels: x.channels,
      periodFrom: from,
      periodTo: to && from && to >= from ? to : null,
      phases: from && to ? phases.filter((p) => p.from >= from && p.to <= to) : phases,
      assignments,
      recipients: x.recipients.map((r) => ({ name: r.name, purpose: r.purpose, unitId: null })),
      ...(signer
        ? {
            signer: {
              authority: signer.authority ?? '',
              position: signer.title ?? '',
              name: signer.name ?? '',
            },
          }
        : {}),
    },
    unmatched,
  };
}
