// A plan worded as the printed Kế hoạch says it: the one wording the DOCX and PDF exports
// (documents/plan-document.ts) and the web's live preview (web/features/plans) both draw, so what
// a drafter reads beside the form is what the file will print.
import { documentDateVi } from '../shared/dates';
import { dateLine, numberLine, roman } from '../shared/document-lines';
import { phaseTitle } from '../shared/phrases';
import { PLAN_TYPE_CODE, type PlanStatus } from './plan';

/** What the wording reads of a plan: a saved plan and a form's unsaved values both are one. */
export interface PlanWordingSource {
  title: string;
  place: string;
  parentBody: string;
  issuingBody: string;
  bodyCode: string;
  bases: ReadonlyArray<{ text: string }>;
  preamble: string;
  purposes: string;
  requirements: string;
  contentThemes: string;
  channelsText: string;
  periodFrom: string | null;
  periodTo: string | null;
  timeText: string;
  phases: ReadonlyArray<{ name: string; from: string; to: string; peak: boolean }>;
  assignments: ReadonlyArray<{
    unitName: string;
    tasks: ReadonlyArray<{ text: string; frequencyText: string | null; deadline: string | null }>;
  }>;
  closing: string;
  recipients: ReadonlyArray<{ name: string; purpose: string | null }>;
  archiveLine: string;
  signer: { authority: string; position: string; name: string };
}

/** Where the plan stands: its number and date print only once it is issued. */
export interface PlanWordingMeta {
  numberText: string | null;
  issuedOn: string | null;
  status: PlanStatus;
}

export type WordingBlock =
  { kind: 'heading'; level: 1 | 2; text: string } | { kind: 'paragraph' | 'bullet'; text: string };

export interface PlanWording {
  parentBody: string;
  issuingBody: string;
  numberLine: string;
  dateLine: string;
  title: string;
  body: WordingBlock[];
  recipients: string[];
  signer: { authority: string; position: string; name: string };
  /** Not issued yet: the copy is marked as a draft (dự thảo). */
  draft: boolean;
}

/** A plan's symbol after its number: "KH-UBND"; a body not typed yet reads as the UBND. */
export const planSymbol = (bodyCode: string): string =>
  `${PLAN_TYPE_CODE}-${bodyCode.trim() || 'UBND'}`;

/** Prose as drafters type it: one paragraph per line, "- ", "+ " or "• " starts a bullet. */
export function proseBlocks(text: string): WordingBlock[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) =>
      /^[-+•]\s*/.test(l)
        ? { kind: 'bullet', text: l.replace(/^[-+•]\s*/, '') }
        : { kind: 'paragraph', text: l },
    );
}

function periodSentence(p: PlanWordingSource): string {
  if (p.timeText.trim()) return p.timeText.trim();
  if (!p.periodFrom || !p.periodTo) return '';
  // A draft's phase whose dates are not typed yet is left out rather than printed half.
  const phases = p.phases
    .filter((ph) => ph.from && ph.to)
    .map(
      (ph) =>
        `${phaseTitle(ph.name, ph.peak)}: từ ${documentDateVi(ph.from)} đến ${documentDateVi(ph.to)}`,
    );
  const tail = phases.length ? `; ${phases.join('; ')}` : '';
  return `Từ ngày ${documentDateVi(p.periodFrom)} đến hết ngày ${documentDateVi(p.periodTo)}${tail}.`;
}

function taskLine(t: PlanWordingSource['assignments'][number]['tasks'][number]): WordingBlock {
  const parts = [
    t.text.trim(),
    t.frequencyText && !t.text.includes(t.frequencyText) ? `Tần suất: ${t.frequencyText}.` : '',
    t.deadline ? `Hoàn thành trước ngày ${documentDateVi(t.deadline)}.` : '',
  ];
  return { kind: 'bullet', text: parts.filter(Boolean).join(' ') };
}

function opening(p: PlanWordingSource): WordingBlock[] {
  const bases = p.bases.map((b) => b.text.trim()).filter(Boolean);
  const preamble = p.preamble.trim();
  if (!bases.length) return preamble ? [{ kind: 'paragraph', text: preamble }] : [];
  const lead = bases.length === 1 ? 'Thực hiện' : 'Căn cứ';
  return [{ kind: 'paragraph', text: `${lead} ${bases.join('; ')}. ${preamble}`.trim() }];
}

/**
 * A plan laid out as the state format prints a Kế hoạch: header, title, bases, sections I–III
 * with only the parts that have text, closing, Nơi nhận and the signature. Dates in the text are
 * written as the documents cite them ("01/4/2022"); `year` fills the date line of a draft.
 */
export function planWording(
  p: PlanWordingSource,
  meta: PlanWordingMeta,
  year: number,
): PlanWording {
  const sections: Array<[string, Array<[string, WordingBlock[]]>]> = [
    [
      'MỤC ĐÍCH, YÊU CẦU',
      [
        ['Mục đích', proseBlocks(p.purposes)],
        ['Yêu cầu', proseBlocks(p.requirements)],
      ],
    ],
    [
      'NỘI DUNG, HÌNH THỨC, THỜI GIAN TUYÊN TRUYỀN',
      [
        ['Nội dung', proseBlocks(p.contentThemes)],
        ['Hình thức', proseBlocks(p.channelsText)],
        ['Thời gian', proseBlocks(periodSentence(p))],
      ],
    ],
    [
      'TỔ CHỨC THỰC HIỆN',
      p.assignments.map((a): [string, WordingBlock[]] => [
        a.unitName.trim() || '(chưa chọn đơn vị)',
        a.tasks.filter((t) => t.text.trim()).map(taskLine),
      ]),
    ],
  ];
  const body = opening(p);
  let n = 0;
  for (const [heading, parts] of sections) {
    const filled = parts.filter(([, blocks]) => blocks.length > 0);
    if (!filled.length) continue;
    body.push({ kind: 'heading', level: 1, text: `${roman(++n)}. ${heading}` });
    filled.forEach(([title, blocks], i) =>
      body.push({ kind: 'heading', level: 2, text: `${i + 1}. ${title}` }, ...blocks),
    );
  }
  if (p.closing.trim()) body.push({ kind: 'paragraph', text: p.closing.trim() });
  const recipients = p.recipients
    .filter((r) => r.name.trim())
    .map((r) => `- ${r.name.trim()}${r.purpose ? ` (${r.purpose})` : ''};`);
  if (p.archiveLine.trim()) recipients.push(`- ${p.archiveLine.trim()}`);
  const draft = meta.status === 'draft' || meta.status === 'submitted';
  return {
    parentBody: p.parentBody,
    issuingBody: p.issuingBody,
    numberLine: numberLine(draft ? null : meta.numberText, planSymbol(p.bodyCode)),
    dateLine: dateLine(p.place, draft ? null : meta.issuedOn, year),
    title: p.title,
    body,
    recipients,
    signer: p.signer,
    draft,
  };
}
