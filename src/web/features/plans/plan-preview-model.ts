import type { PlanContentRequest, PlanResponse } from '../../../contracts/plans.contract';
import { phaseTitle } from '../../../contracts/phrases';
import {
  dateLine,
  documentDate,
  numberLine,
  proseBlocks,
  roman,
  type ProseBlock,
} from './plan-format';

export type PreviewBlock = ProseBlock | { kind: 'heading'; level: 1 | 2; text: string };

export interface PlanPreviewModel {
  parentBody: string;
  issuingBody: string;
  numberLine: string;
  dateLine: string;
  title: string;
  body: PreviewBlock[];
  recipients: string[];
  signer: { authority: string; position: string; name: string };
  draft: boolean;
}

type Meta = Pick<PlanResponse, 'numberText' | 'issuedOn' | 'status'>;

function periodSentence(c: PlanContentRequest): string {
  if (c.timeText.trim()) return c.timeText.trim();
  if (!c.periodFrom || !c.periodTo) return '';
  const phases = c.phases
    .filter((p) => p.from && p.to)
    .map(
      (p) => `${phaseTitle(p.name, p.peak)}: từ ${documentDate(p.from)} đến ${documentDate(p.to)}`,
    );
  const tail = phases.length ? `; ${phases.join('; ')}` : '';
  return `Từ ngày ${documentDate(c.periodFrom)} đến hết ngày ${documentDate(c.periodTo)}${tail}.`;
}

function taskLine(t: PlanContentRequest['assignments'][number]['tasks'][number]): ProseBlock {
  const parts = [
    t.text.trim(),
    t.frequencyText && !t.text.includes(t.frequencyText) ? `Tần suất: ${t.frequencyText}.` : '',
    t.deadline ? `Hoàn thành trước ngày ${documentDate(t.deadline)}.` : '',
  ];
  return { kind: 'bullet', text: parts.filter(Boolean).join(' ') };
}

function basesParagraph(c: PlanContentRequest): PreviewBlock[] {
  const bases = c.bases.map((b) => b.text.trim()).filter(Boolean);
  const preamble = c.preamble.trim();
  if (!bases.length) return preamble ? [{ kind: 'paragraph', text: preamble }] : [];
  const lead = bases.length === 1 ? 'Thực hiện' : 'Căn cứ';
  return [{ kind: 'paragraph', text: `${lead} ${bases.join('; ')}. ${preamble}`.trim() }];
}

/**
 * A plan laid out as the printed Kế hoạch (the same order and wording as the DOCX export):
 * header, title, bases, sections I–III with only the parts that have text, closing, Nơi nhận
 * and the signature. `year` fills the date line of a draft.
 */
export function planPreviewModel(
  c: PlanContentRequest,
  meta: Meta,
  year: number,
): PlanPreviewModel {
  const sections: Array<[string, Array<[string, ProseBlock[]]>]> = [
    [
      'MỤC ĐÍCH, YÊU CẦU',
      [
        ['Mục đích', proseBlocks(c.purposes)],
        ['Yêu cầu', proseBlocks(c.requirements)],
      ],
    ],
    [
      'NỘI DUNG, HÌNH THỨC, THỜI GIAN TUYÊN TRUYỀN',
      [
        ['Nội dung', proseBlocks(c.contentThemes)],
        ['Hình thức', proseBlocks(c.channelsText)],
        ['Thời gian', proseBlocks(periodSentence(c))],
      ],
    ],
    [
      'TỔ CHỨC THỰC HIỆN',
      c.assignments.map((a): [string, ProseBlock[]] => [
        a.unitName.trim() || '(chưa chọn đơn vị)',
        a.tasks.filter((t) => t.text.trim()).map(taskLine),
      ]),
    ],
  ];
  const body: PreviewBlock[] = basesParagraph(c);
  let n = 0;
  for (const [heading, parts] of sections) {
    const filled = parts.filter(([, blocks]) => blocks.length > 0);
    if (!filled.length) continue;
    body.push({ kind: 'heading', level: 1, text: `${roman(++n)}. ${heading}` });
    filled.forEach(([title, blocks], i) =>
      body.push({ kind: 'heading', level: 2, text: `${i + 1}. ${title}` }, ...blocks),
    );
  }
  if (c.closing.trim()) body.push({ kind: 'paragraph', text: c.closing.trim() });
  const recipients = c.recipients
    .filter((r) => r.name.trim())
    .map((r) => `- ${r.name.trim()}${r.purpose ? ` (${r.purpose})` : ''};`);
  if (c.archiveLine.trim()) recipients.push(`- ${c.archiveLine.trim()}`);
  const draft = meta.status === 'draft' || meta.status === 'submitted';
  return {
    parentBody: c.parentBody,
    issuingBody: c.issuingBody,
    numberLine: numberLine(draft ? null : meta.numberText, c.bodyCode),
    dateLine: dateLine(c.place, draft ? null : meta.issuedOn, year),
    title: c.title,
    body,
    recipients,
    signer: c.signer,
    draft,
  };
}
