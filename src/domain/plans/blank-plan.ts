import type { Unit } from '../units/unit';
import { headerBodies, inSentence, placeName } from './issuing-body';
import type { PlanContent } from './plan';

/** A new plan's content for a unit: header, place and the usual closing already filled in. */
export function blankPlanContent(unit: Unit, parent: Unit | null): PlanContent {
  const { parentBody, issuingBody } = headerBodies(unit, parent);
  const administrative = issuingBody.startsWith('ỦY BAN NHÂN DÂN');
  return {
    title: '',
    place: placeName(unit),
    parentBody,
    issuingBody,
    bodyCode: administrative ? 'UBND' : '',
    electionId: null,
    bases: [],
    preamble: `${administrative ? `UBND ${inSentence(unit.name)}` : unit.name} xây dựng Kế hoạch cụ thể như sau:`,
    purposes: '',
    requirements: '',
    contentThemes: '',
    channels: [],
    channelsText: '',
    periodFrom: null,
    periodTo: null,
    timeText: '',
    requireWeeklyReports: false,
    phases: [],
    assignments: [],
    closing: 'Căn cứ Kế hoạch này, yêu cầu các cơ quan, đơn vị triển khai thực hiện./.',
    recipients: [],
    archiveLine: 'Lưu: VT.',
    signer: administrative
      ? { authority: 'TM. ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: '' }
      : { authority: '', position: '', name: '' },
  };
}
