import type { FieldProblem } from '../../api/client';
import type { MessageKey } from '../../i18n/vi';
import type { Translate } from '../../i18n/i18n';
import { toFieldPath } from './plan-errors';

const FIELDS: Record<string, MessageKey> = {
  title: 'plan.f.title',
  place: 'plan.f.place',
  parentBody: 'plan.f.parentBody',
  issuingBody: 'plan.f.issuingBody',
  bodyCode: 'plan.f.bodyCode',
  preamble: 'plan.f.preamble',
  purposes: 'plan.f.purposes',
  requirements: 'plan.f.requirements',
  contentThemes: 'plan.f.contentThemes',
  channels: 'plan.f.channels',
  channelsText: 'plan.f.channelsText',
  periodFrom: 'plan.f.periodFrom',
  periodTo: 'plan.f.periodTo',
  timeText: 'plan.f.timeText',
  closing: 'plan.f.closing',
  archiveLine: 'plan.f.archiveLine',
  'signer.authority': 'plan.f.authority',
  'signer.position': 'plan.f.position',
  'signer.name': 'plan.f.signerName',
  // Inside a row (after "Đợt 1 — ", "Nhiệm vụ 2 — "…).
  name: 'plan.f.phaseName',
  from: 'plan.f.from',
  to: 'plan.f.to',
  peak: 'plan.f.peak',
  unitName: 'plan.f.unitName',
  unitId: 'plan.f.assignee',
  unitIds: 'planEd.unitIds',
  allOf: 'plan.f.allOfKind',
  text: 'task.text',
  channel: 'task.channel',
  frequencyText: 'task.frequencyText',
  recurrence: 'planEd.taskRecurrence',
  deadline: 'planEd.taskDeadline',
  target: 'task.target',
  purpose: 'plan.f.purpose',
};

const ROWS: Record<string, MessageKey> = {
  phases: 'planEd.phase',
  assignments: 'planEd.assignment',
  tasks: 'planEd.task',
  bases: 'planEd.basis',
  recipients: 'planEd.recipient',
};

/**
 * The label a user sees for a field the API names by path: "phases.0.from" (or
 * "body.content.phases.0.from") is "Đợt 1 — Từ ngày"; "assignments.1.tasks.0.text" is
 * "Đơn vị thực hiện 2 — Nhiệm vụ 1 — Nhiệm vụ".
 */
export function planFieldLabel(t: Translate, path: string): string {
  const parts = toFieldPath(path).split('.');
  const labels: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    const row = ROWS[part];
    const index = Number(parts[i + 1]);
    if (row && Number.isInteger(index)) {
      labels.push(t(row, { n: index + 1 }));
      i++;
      continue;
    }
    if (part === 'recipients' && parts[i + 2] === 'name') continue;
    const joined = FIELDS[`${part}.${parts[i + 1] ?? ''}`];
    if (joined) {
      labels.push(t(joined));
      break;
    }
    const field = FIELDS[part];
    if (field) labels.push(t(field));
    break;
  }
  return labels.length ? labels.join(' — ') : t('planEd.field');
}

/** The server's message, in Vietnamese: the schema's own (English) messages are said again. */
function problemMessage(t: Translate, p: FieldProblem): string {
  if (!p.path.startsWith('body')) return p.message;
  return /too big|too long|<=/i.test(p.message) ? t('planEd.tooLong') : t('planEd.badValue');
}

/** "Đợt 1 — Từ ngày: chưa nhập ngày." for each problem, never a raw path or English. */
export function planProblemLines(t: Translate, problems: FieldProblem[]): string[] {
  return problems.map((p) => {
    const message = problemMessage(t, p);
    // "Chưa nhập ngày." reads "chưa nhập ngày." after a label; "UBND…" keeps its capitals.
    const lowered = /^\p{Lu}\p{Ll}/u.test(message)
      ? message.charAt(0).toLocaleLowerCase('vi') + message.slice(1)
      : message;
    return `${planFieldLabel(t, p.path)}: ${lowered}`;
  });
}

/** The problems with each message in Vietnamese, for the fields to show beside their input. */
export function planProblemsInVietnamese(t: Translate, problems: FieldProblem[]): FieldProblem[] {
  return problems.map((p) => ({ path: p.path, message: problemMessage(t, p) }));
}
