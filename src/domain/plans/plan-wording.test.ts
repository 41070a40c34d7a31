import { describe, expect, it } from 'vitest';
import { BLANK } from '../shared/document-lines';
import type { PlanContent } from './plan';
import { planSymbol, planWording, proseBlocks } from './plan-wording';

const content: PlanContent = {
  title: 'Tuyên truyền bầu cử',
  place: 'Cẩm Bình',
  parentBody: 'UBND THÀNH PHỐ CẨM PHẢ',
  issuingBody: 'ỦY BAN NHÂN DÂN PHƯỜNG CẨM BÌNH',
  bodyCode: 'UBND',
  electionId: null,
  bases: [{ text: 'Kế hoạch số 124/KH-UBND ngày 05/4/2022', planId: null }],
  preamble: 'UBND phường xây dựng Kế hoạch như sau:',
  purposes: '- Một',
  requirements: '',
  contentThemes: '',
  channels: [],
  channelsText: '',
  periodFrom: '2022-04-01',
  periodTo: '2022-06-15',
  timeText: '',
  requireWeeklyReports: false,
  phases: [],
  assignments: [],
  closing: '',
  recipients: [{ name: 'UBND thành phố Cẩm Phả', purpose: 'b/c', unitId: null }],
  archiveLine: 'Lưu: VT.',
  signer: { authority: 'TM. ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: 'Nguyễn Công Bằng' },
};

describe('a plan as it prints (the file and the preview alike)', () => {
  it('numbers and dates an issued plan, and lays out only the sections with text', () => {
    const m = planWording(
      content,
      { status: 'issued', numberText: '51/KH-UBND', issuedOn: '2022-04-06' },
      2026,
    );
    expect([m.numberLine, m.dateLine]).toEqual([
      'Số: 51/KH-UBND',
      'Cẩm Bình, ngày 06 tháng 4 năm 2022',
    ]);
    expect(m.body.map((b) => b.text)).toEqual([
      'Thực hiện Kế hoạch số 124/KH-UBND ngày 05/4/2022. UBND phường xây dựng Kế hoạch như sau:',
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Mục đích',
      'Một',
      'II. NỘI DUNG, HÌNH THỨC, THỜI GIAN TUYÊN TRUYỀN',
      '1. Thời gian',
      'Từ ngày 01/4/2022 đến hết ngày 15/6/2022.',
    ]);
    expect(m.recipients).toEqual(['- UBND thành phố Cẩm Phả (b/c);', '- Lưu: VT.']);
    expect(m.draft).toBe(false);
  });

  it('leaves the number and date blank on a draft', () => {
    const m = planWording(content, { status: 'draft', numberText: null, issuedOn: null }, 2026);
    expect(m.numberLine).toBe(`Số:${BLANK}/KH-UBND`);
    expect(m.dateLine).toBe(`Cẩm Bình, ngày${BLANK}tháng${BLANK}năm 2026`);
    expect(m.draft).toBe(true);
  });
});

describe('prose as drafters type it', () => {
  it('reads one paragraph per line with "- ", "+ " or "• " bullets', () => {
    expect(proseBlocks('Mở đầu\n- Một\n\n+ Hai \n• Ba')).toEqual([
      { kind: 'paragraph', text: 'Mở đầu' },
      { kind: 'bullet', text: 'Một' },
      { kind: 'bullet', text: 'Hai' },
      { kind: 'bullet', text: 'Ba' },
    ]);
  });
});

describe('the symbol after the number', () => {
  it('names the issuing body, and the UBND while none is typed', () => {
    expect(planSymbol('ĐU')).toBe('KH-ĐU');
    expect(planSymbol('  ')).toBe('KH-UBND');
  });
});
