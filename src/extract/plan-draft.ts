import { matchUnitByName } from '../domain/imports/match-unit';
import { parseFrequency } from '../domain/plans/recurrence';
import type { PlanContent } from '../domain/plans/plan';
import type { Unit } from '../domain/units/unit';
import { FREQUENCY } from './assignments';
import { findChannelHits } from './channels';
import type { Channel, Extraction, Sources } from './extraction.schema';
import { splitUnitList } from './unit-lexicon';

const fullDate = (d: string | null): string | null =>
  d && /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : null;

/** The channel a task's own words name first ("… phát trên hệ thống loa truyền thanh"), if any. */
const channelOf = (task: string): Channel | null => {
  const [first] = findChannelHits(task).sort((a, b) => a.span.start - b.span.start);
  return first?.channel ?? null;
};

/**
 * The frequency stated in the bullet a task was read from: the task's text found in the document
 * after its section's heading, and the rest of that line (where a sentence such as "Duy trì
 * thường xuyên với tần suất tối thiểu 01 lần/tuần" follows it).
 */
function frequencyOfBullet(text: string | undefined, task: string, from: number): string | null {
  if (!text || !task) return null;
  const at = text.indexOf(task, from);
  if (at < 0) return null;
  // Within reach of the task: a bullet's line is short, and a line without end (a hostile file,
  // read on the server's own thread) must not be scanned whole once per task.
  const start = Math.max(0, at - BULLET_REACH);
  const before = text.slice(start, at);
  const after = text.slice(at, at + task.length + BULLET_REACH);
  const newline = after.indexOf('\n', task.length);
  const bullet =
    before.slice(before.lastIndexOf('\n') + 1) + (newline < 0 ? after : after.slice(0, newline));
  return FREQUENCY.exec(bullet)?.[0] ?? null;
}

/** How far either side of a task its bullet's frequency is looked for. */
const BULLET_REACH = 300;

/**
 * The units an assignment's name gives: for bodies named together ("Ban Tuyên giáo Tỉnh ủy, Sở
 * Thông tin và Truyền thông"), each listed body's when every one is found, and none when any is
 * not, so the officer chooses rather than getting half the list (or the whole list matched by
 * its words to one of them); otherwise the one unit the name matches.
 */
function unitsNamed(name: string, candidates: Unit[]): Unit[] {
  const parts = splitUnitList(name);
  if (parts.length < 2) {
    const unit = matchUnitByName(name, candidates);
    return unit ? [unit] : [];
  }
  const units = parts.map((part) => matchUnitByName(part, candidates));
  const found = units.filter((u): u is Unit => u !== null);
  return found.length === parts.length && new Set(found.map((u) => u.id)).size === found.length
    ? found
    : [];
}

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
export function planDraftFromExtraction(
  x: Extraction,
  candidates: Unit[],
  read?: { text: string; sources: Sources },
): PlanDraft {
  const unmatched: number[] = [];
  const assignments = x.assignments.map((a, i) => {
    const [unit, ...more] = unitsNamed(a.unit, candidates);
    if (!unit) unmatched.push(i);
    const deadline = fullDate(a.deadline);
    const after = read?.sources[`assignments.${i}`]?.end ?? 0;
    const tasks = a.tasks.length ? a.tasks : [''];
    return {
      unitId: unit?.id ?? null,
      ...(more.length ? { unitIds: more.map((u) => u.id) } : {}),
      unitName: a.unit,
      tasks: tasks.map((text) => {
        // A frequency belongs to the bullet that states it ("… phát trên loa. Duy trì … 01
        // lần/tuần"), not to its siblings; a lone task takes its section's.
        const frequencyText =
          frequencyOfBullet(read?.text, text, after) ?? (tasks.length === 1 ? a.frequency : null);
        const recurrence = frequencyText ? parseFrequency(frequencyText) : null;
        return {
          text,
          channel: channelOf(text),
          frequencyText,
          recurrence: recurrence && !deadline ? recurrence : null,
          deadline,
          target: null,
        };
      }),
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
