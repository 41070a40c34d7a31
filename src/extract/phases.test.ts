import { describe, expect, it } from 'vitest';
import { extractFields } from './extract-fields';
import { toLines } from './lines';
import { findPeriod } from './period';
import { findPhases } from './phases';

const phases = (text: string, year: number | null = null) =>
  findPhases(toLines(text), year).map((p) => [p.value.name, p.value.from, p.value.to]);

describe('phases', () => {
  it('names phases in the schema style', () => {
    expect(
      phases(
        'đợt 01 từ ngày 05/02/2016 đến ngày 16/4/2016, đợt 2 từ ngày 17/4/2016 đến ngày 22/5/2016',
      ),
    ).toEqual([
      ['Đợt 1', '2016-02-05', '2016-04-16'],
      ['Đợt 2', '2016-04-17', '2016-05-22'],
    ]);
    expect(phases('Giai đoạn 1: triển khai kế hoạch')).toEqual([['Giai đoạn 1', null, null]]);
  });

  it('reads phases bounded by a month', () => {
    expect(phases('Đợt 1 trước tháng 03/2026; Đợt 2: tháng 4/2021')).toEqual([
      ['Đợt 1', null, '2026-03'],
      ['Đợt 2', '2021-04', '2021-04'],
    ]);
    expect(phases('Đợt 1: Từ tháng 10 đến tháng 12/2025 - Tuyên truyền Chỉ thị')).toEqual([
      ['Đợt 1', '2025-10', '2025-12'],
    ]);
  });

  it('reads a peak given by its dates as a phase, and keeps it out of the period', () => {
    const text =
      'Tiểu ban xây dựng kế hoạch tuyên truyền theo từng đợt, trong đó tập trung cao điểm từ tháng 4 năm 2021 đến ngày bầu cử 23/5/2021.';
    expect(phases(text, 2021)).toEqual([['cao điểm', '2021-04', '2021-05-23']]);
    expect(findPeriod(toLines(text), 2021)).toEqual({ from: null, to: null });
    expect(phases('thời điểm này đang trong đợt cao điểm thực hiện tuyên truyền')).toEqual([]);
  });

  it('reads a contest round and a timed peak phase', () => {
    expect(phases('Trước đó, kỳ 1 khép lại với hơn 10.453 lượt dự thi.')).toEqual([
      ['Kỳ 1', null, null],
    ]);
    expect(phases('tập trung đẩy mạnh đợt tuyên truyền cao điểm 15 ngày trước bầu cử.')).toEqual([
      ['đợt tuyên truyền cao điểm 15 ngày trước bầu cử', null, null],
    ]);
  });

  it('does not read terms, semesters or an untimed peak as phases', () => {
    expect(phases('nhiệm kỳ 2021 - 2026, học kỳ 1, giai đoạn năm 2021')).toEqual([]);
    expect(phases('tập trung vào đợt cao điểm tuyên truyền trước và sau ngày bầu cử')).toEqual([]);
  });
  it('ends a round that runs to the vote on the day the text gives for it', () => {
    const plan = [
      'Kế hoạch tuyên truyền bầu cử',
      '',
      'Ngày bầu cử là Chủ nhật, ngày 23/5/2021.',
      'Đợt 1: từ ngày 1/3/2021 đến ngày 30/4/2021.',
      'Đợt 2: từ ngày 1/5/2021 đến ngày bầu cử.',
    ].join('\n');
    const { extraction } = extractFields('plan.txt', plan);
    expect(extraction.phases.at(-1)).toEqual({
      name: 'Đợt 2',
      from: '2021-05-01',
      to: '2021-05-23',
    });
    // The rounds span the outreach when it gives no time of its own.
    expect(extraction.period).toEqual({ from: '2021-03-01', to: '2021-05-23' });
  });
});
