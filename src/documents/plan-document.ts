import { formatDateVi } from '../domain/shared/dates';
import { planNumberText, type Plan } from '../domain/plans/plan';
import type { AdministrativeDocumentModel, BodyBlock } from './document-model';
import { phaseTitle } from '../domain/shared/phrases';
import { dateLine, numberLine } from './vietnamese-date-line';

/** Prose as drafters type it: one paragraph per line, "- " or "+ " starts a bullet. */
export function proseBlocks(text: string): BodyBlock[] {
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

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI'];

function periodSentence(plan: Plan): string {
  if (plan.timeText.trim()) return plan.timeText.trim();
  if (!plan.periodFrom || !plan.periodTo) return '';
  // A draft's phase whose dates are not typed yet is left out rather than printed half.
  const phases = plan.phases
    .filter((p) => p.from && p.to)
    .map(
      (p) => `${phaseTitle(p.name, p.peak)}: từ ${formatDateVi(p.from)} đến ${formatDateVi(p.to)}`,
    );
  return `Từ ngày ${formatDateVi(plan.periodFrom)} đến hết ngày ${formatDateVi(plan.periodTo)}${phases.length ? `; ${phases.join('; ')}` : ''}.`;
}

/** A plan laid out as the state format prints a Kế hoạch: header, title, bases, sections I–III, signature. */
export function planDocumentModel(plan: Plan, year: number): AdministrativeDocumentModel {
  const body: BodyBlock[] = [];
  const bases = plan.bases.map((b) => b.text.trim()).filter(Boolean);
  if (bases.length)
    body.push({
      kind: 'paragraph',
      text: `${bases.length === 1 ? 'Thực hiện' : 'Căn cứ'} ${bases.join('; ')}. ${plan.preamble}`.trim(),
    });
  else if (plan.preamble.trim()) body.push({ kind: 'paragraph', text: plan.preamble.trim() });
  const sections: Array<[string, Array<[string, BodyBlock[]]>]> = [
    [
      'MỤC ĐÍCH, YÊU CẦU',
      [
        ['Mục đích', proseBlocks(plan.purposes)],
        ['Yêu cầu', proseBlocks(plan.requirements)],
      ],
    ],
    [
      'NỘI DUNG, HÌNH THỨC, THỜI GIAN TUYÊN TRUYỀN',
      [
        ['Nội dung', proseBlocks(plan.contentThemes)],
        ['Hình thức', proseBlocks(plan.channelsText)],
        ['Thời gian', proseBlocks(periodSentence(plan))],
      ],
    ],
    [
      'TỔ CHỨC THỰC HIỆN',
      plan.assignments.map((a): [string, BodyBlock[]] => [
        a.unitName || '(chưa chọn đơn vị)',
        a.tasks.map((t) => ({
          kind: 'bullet',
          text: [
            t.text,
            t.frequencyText && !t.text.includes(t.frequencyText)
              ? `Tần suất: ${t.frequencyText}.`
              : '',
            t.deadline ? `Hoàn thành trước ngày ${formatDateVi(t.deadline)}.` : '',
          ]
            .filter(Boolean)
            .join(' '),
        })),
      ]),
    ],
  ];
  let roman = 0;
  for (const [heading, parts] of sections) {
    const filled = parts.filter(([, blocks]) => blocks.length > 0);
    if (filled.length === 0) continue;
    body.push({ kind: 'heading', level: 1, text: `${ROMAN[roman++]}. ${heading}` });
    filled.forEach(([title, blocks], i) => {
      body.push({ kind: 'heading', level: 2, text: `${i + 1}. ${title}` }, ...blocks);
    });
  }
  if (plan.closing.trim()) body.push({ kind: 'paragraph', text: plan.closing.trim() });
  const recipients = plan.recipients.map(
    (r) => `- ${r.name}${r.purpose ? ` (${r.purpose})` : ''};`,
  );
  if (plan.archiveLine.trim()) recipients.push(`- ${plan.archiveLine.trim()}`);
  return {
    header: {
      parentBody: plan.parentBody,
      issuingBody: plan.issuingBody,
      numberLine: numberLine(plan.number, `KH-${plan.bodyCode}`),
      dateLine: dateLine(plan.place, plan.issuedOn, year),
    },
    documentType: 'KẾ HOẠCH',
    summary: plan.title,
    body,
    recipients,
    signature: {
      authority: plan.signer.authority,
      position: plan.signer.position,
      signer: plan.signer.name,
    },
    draft: plan.status === 'draft' || plan.status === 'submitted',
  };
}

/** File name for downloads: "KH-51-UBND-2022.docx" or "du-thao-ke-hoach.docx". */
export function planFileName(plan: Plan, ext: string): string {
  const n = planNumberText(plan);
  return n && plan.issuedOn
    ? `KH-${n.replace('/KH-', '-')}-${plan.issuedOn.slice(0, 4)}.${ext}`
    : `du-thao-ke-hoach.${ext}`;
}
