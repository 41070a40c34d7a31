import { describe, expect, it } from 'vitest';
import type { Unit } from '../domain/units/unit';
import { unitRecord } from '../../test/support/unit-record';
import { extractDocument } from './index';
import { planDraftFromExtraction } from './plan-draft';
import { splitUnitList } from './unit-lexicon';

const unit = (name: string): Unit => unitRecord(name);

const PLAN = [
  'ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG',
  'Số: 12/KH-UBND',
  'KẾ HOẠCH',
  'Thông tin, tuyên truyền bầu cử đại biểu Quốc hội khóa XV',
  '1.1. Ban hành các văn bản chỉ đạo công tác tuyên truyền.',
  'Tổ chức thực hiện: Ban Tuyên giáo Tỉnh ủy, Sở Thông tin và Truyền thông.',
  'Thời gian thực hiện: Thực hiện thường xuyên',
].join('\n');

async function draftOf(candidates: Unit[]) {
  const read = await extractDocument({ fileName: 'ke-hoach.txt', bytes: Buffer.from(PLAN) });
  if (!read.ok) throw new Error(read.error.message);
  return planDraftFromExtraction(read.extraction, candidates);
}

describe('a plan draft from bodies named together', () => {
  it('gives the joint assignment to each listed unit that Loa has', async () => {
    const draft = await draftOf([
      unit('Ban Tuyên giáo Tỉnh ủy Đắk Nông'),
      unit('Sở Thông tin và Truyền thông tỉnh Đắk Nông'),
      unit('Sở Y tế tỉnh Đắk Nông'),
    ]);
    const [a] = draft.content.assignments ?? [];
    expect(draft.unmatched).toEqual([]);
    expect(a?.unitName).toBe('Ban Tuyên giáo Tỉnh ủy, Sở Thông tin và Truyền thông');
    expect(a?.unitId).toBe('Ban Tuyên giáo Tỉnh ủy Đắk Nông');
    expect(a?.unitIds).toEqual(['Sở Thông tin và Truyền thông tỉnh Đắk Nông']);
    expect(a?.tasks.map((t) => t.text)).toEqual([
      'Ban hành các văn bản chỉ đạo công tác tuyên truyền',
    ]);
  });
  it('asks the officer when any listed body is not found, rather than assign half the list', async () => {
    const draft = await draftOf([unit('Sở Thông tin và Truyền thông tỉnh Đắk Nông')]);
    const [a] = draft.content.assignments ?? [];
    expect(draft.unmatched).toEqual([0]);
    expect(a?.unitId).toBeNull();
    expect(a?.unitIds).toBeUndefined();
  });
});

describe('the bodies a joint name lists', () => {
  it('splits at each body a capital opens, not inside one name', () => {
    expect(splitUnitList('UBND các xã, phường; Đài Phát thanh tỉnh')).toEqual([
      'UBND các xã, phường',
      'Đài Phát thanh tỉnh',
    ]);
    expect(splitUnitList('Sở Văn hóa, Thể thao và Du lịch')).toEqual([
      'Sở Văn hóa, Thể thao và Du lịch',
    ]);
    expect(splitUnitList('Ủy ban MTTQ và các đoàn thể, các khu phố')).toEqual([
      'Ủy ban MTTQ và các đoàn thể, các khu phố',
    ]);
  });
});
