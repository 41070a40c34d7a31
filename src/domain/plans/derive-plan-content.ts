import { documentDateVi } from '../shared/dates';
import type { Unit } from '../units/unit';
import { headerBodies, inSentence, placeName } from './issuing-body';
import { planNumberText, type Assignment, type Plan, type PlanContent } from './plan';

/** Replaces mentions of the higher unit by the lower unit in inherited prose. */
const retarget = (text: string, from: Unit, to: Unit): string =>
  text.split(inSentence(from.name)).join(inSentence(to.name)).split(from.name).join(to.name);

/**
 * How a lower unit's documents name the body that issued a plan: "UBND thành phố Cẩm Phả" for a
 * People's Committee; the body's own name for the root of the tree, whose unit name ("Toàn quốc")
 * is a place, not a body one can report to; the unit's name otherwise.
 */
export function issuerName(plan: Pick<Plan, 'issuingBody'>, unit: Unit): string {
  if (plan.issuingBody.startsWith('ỦY BAN NHÂN DÂN')) return `UBND ${inSentence(unit.name)}`;
  if (unit.parentId === null && plan.issuingBody.trim() !== '') return plan.issuingBody.trim();
  return unit.name;
}

/**
 * The pre-filled content of a lower unit's plan derived from a higher unit's issued plan.
 * Inherited: election, channels, period, phases, themes and prose (re-worded for the lower
 * unit), and the assignments addressed to the lower unit, left for it to re-target at its own
 * units. Not inherited: number, date, signer, recipients beyond the higher unit (b/c).
 */
export function derivePlanContent(
  parent: Plan,
  parentUnit: Unit,
  unit: Unit,
  unitParent: Unit | null,
  /** The higher plan's assignments that reach the lower unit (named, or all of its kind). */
  own: Assignment[],
): PlanContent {
  const re = (s: string): string => retarget(s, parentUnit, unit);
  const number = planNumberText(parent);
  const issued = parent.issuedOn ? ` ngày ${documentDateVi(parent.issuedOn)}` : '';
  const basis = `Kế hoạch${number ? ` số ${number}` : ''}${issued} của ${issuerName(parent, parentUnit)} về việc ${parent.title}`;
  const { parentBody, issuingBody } = headerBodies(unit, unitParent);
  return {
    title: re(parent.title),
    place: placeName(unit),
    parentBody,
    issuingBody,
    bodyCode: parent.bodyCode,
    electionId: parent.electionId,
    bases: [{ text: basis, planId: parent.id }],
    preamble: `${issuingBody.startsWith('ỦY BAN NHÂN DÂN') ? `UBND ${inSentence(unit.name)}` : unit.name} xây dựng Kế hoạch cụ thể như sau:`,
    purposes: re(parent.purposes),
    requirements: re(parent.requirements),
    contentThemes: re(parent.contentThemes),
    channels: [...parent.channels],
    channelsText: re(parent.channelsText),
    periodFrom: parent.periodFrom,
    periodTo: parent.periodTo,
    timeText: re(parent.timeText),
    // Whether its own assignees report weekly is the deriving unit's own choice.
    requireWeeklyReports: false,
    phases: parent.phases.map((p) => ({ ...p })),
    assignments: own.map((a) => ({
      unitId: null,
      unitName: '',
      tasks: a.tasks.map((t) => ({ ...t })),
    })),
    closing:
      'Căn cứ Kế hoạch này, yêu cầu các cơ quan, đơn vị, bộ phận chuyên môn triển khai thực hiện./.',
    recipients: [
      {
        name: issuerName(parent, parentUnit),
        purpose: 'b/c',
        unitId: parentUnit.id,
      },
    ],
    archiveLine: 'Lưu: VT.',
    signer: { authority: parent.signer.authority, position: parent.signer.position, name: '' },
  };
}
