import { describe, expect, it } from 'vitest';
import { findRanges } from './dates';
import { toLines } from './lines';
import { findPeriod } from './period';

const ranges = (text: string, year: number | null = null, vote: string | null = null) =>
  findRanges(text, year, vote).map((r) => [r.from?.iso ?? null, r.to?.iso ?? null]);
const period = (text: string, year: number | null = null) => {
  const p = findPeriod(toLines(text), year);
  return [p.from?.value ?? null, p.to?.value ?? null];
};

describe('the outreach period', () => {
  it('is the days a notice says to fly the flag', () => {
    expect(
      period(
        'UBND tỉnh thông báo các cơ quan, đơn vị và nhà dân treo cờ Tổ quốc từ ngày 19/5 đến hết ngày 22/5/2016.',
      ),
    ).toEqual(['2016-05-19', '2016-05-22']);
    expect(period('Các hộ dân đã treo cờ, căng khẩu hiệu trên các tuyến đường.')).toEqual([
      null,
      null,
    ]);
    // In a plan, the flag bullet is one part of the outreach: its own time line gives the period.
    expect(
      period(
        [
          '1. Các cơ quan treo cờ Tổ quốc từ ngày 20/5/2021 đến hết ngày 23/5/2021.',
          '2. Thời điểm tuyên truyền: từ ngày 01/3/2021 đến ngày 23/5/2021.',
        ].join('\n'),
        2021,
      ),
    ).toEqual(['2021-03-01', '2021-05-23']);
  });
});

describe('date ranges', () => {
  it.each([
    ['Từ tháng 3 đến 30/4 năm 2021', ['2021-03', '2021-04-30']],
    ['Từ tháng 10 đến tháng 12/2025', ['2025-10', '2025-12']],
    ['tổ chức từ 24/4/2021-5/5/2021.', ['2021-04-24', '2021-05-05']],
    ['(từ 0h00 ngày 01/4/2021 đến 24h00 ngày 30/4/2021)', ['2021-04-01', '2021-04-30']],
    ['Đợt 1 (từ 15/01 - 15/3/2021)', ['2021-01-15', '2021-03-15']],
    ['từ tháng 12 đến 2/2/2026', ['2025-12', '2026-02-02']],
  ])('reads "%s"', (text, expected) => {
    expect(ranges(text)[0]).toEqual(expected);
  });

  it('ends a range on the vote when the text says so', () => {
    expect(ranges('từ 2/2/2026 đến ngày bầu cử', null, '2026-03-15')[0]).toEqual([
      '2026-02-02',
      '2026-03-15',
    ]);
  });

  it('does not end a range on "đến sau"', () => {
    expect(ranges('từ tháng 12/2025 đến sau ngày 15/3/2026')[0]).toEqual(['2025-12', null]);
  });
});

describe('outreach period', () => {
  it('spans a run of time bullets', () => {
    const text =
      'Tuyên truyền trên đài truyền thanh:\n- Từ tháng 3 đến 30/4 năm 2021\n- Từ 1/5 – 23/5/2021 tuyên truyền mỗi ngày 2 buổi';
    expect(period(text)).toEqual(['2021-03', '2021-05-23']);
  });

  it('does not take a phase for the whole period', () => {
    expect(
      period(
        'Thời gian tuyên truyền chia làm 03 đợt: Đợt 1 (từ 15/01 - 15/3/2021) các cơ quan báo chí.',
      ),
    ).toEqual([null, null]);
  });

  it('keeps an open start and closes it with the last phase listed', () => {
    const text =
      'Thời gian tuyên truyền bắt đầu ngay từ tháng 12/2025 đến sau ngày 15/3/2026, chia thành 3 đợt, đợt 1 từ cuối năm 2025 đến 1/2/2026; đợt 2: từ 2/2/2026 đến ngày bầu cử; đợt 3: từ 16/3/2026 đến ngày 10/4/2026.';
    expect(period(text, 2026)).toEqual(['2025-12', '2026-04-10']);
  });

  it('takes the first range stated, not a peak inside it', () => {
    const text =
      'Lộ trình tuyên truyền bắt đầu từ tháng 10/2025, cao điểm từ tháng 01/2026 đến ngày bầu cử 15/3/2026.';
    expect(period(text)).toEqual(['2025-10', null]);
  });

  it('reads "đến trước X" as the end', () => {
    const text =
      'Đội sẽ tổ chức tuyên truyền bầu cử ở các huyện đến trước ngày 22 - 5 (ngày diễn ra cuộc bầu cử).';
    expect(period(text, 2016)).toEqual([null, '2016-05-22']);
    expect(
      period('Đồng chí yêu cầu đến trước ngày 10/5 phải hoàn thành công tác trang trí.', 2021),
    ).toEqual([null, null]);
  });
  it('reads the ways news give the outreach its time', () => {
    // From now to the vote's day: with its date, or the vote's day the text gives.
    expect(
      period(
        'Theo đó, từ nay đến ngày bầu cử (23/5/2021), Đài TT-TH huyện tập trung tuyên truyền mục đích của cuộc bầu cử.',
      ),
    ).toEqual([null, '2021-05-23']);
    expect(
      period(
        'Cuộc bầu cử diễn ra vào Chủ nhật ngày 23/5/2021. Từ nay cho đến ngày bầu cử, thành phố sẽ tiếp tục đẩy mạnh công tác tuyên truyền.',
      ),
    ).toEqual([null, '2021-05-23']);
    // A start month, a day that borrows the end's month, and work reported since a day.
    expect(
      period('Từ đầu tháng 4 đến ngày 23/5/2021, các pano tuyên truyền được lắp đặt.'),
    ).toEqual(['2021-04', '2021-05-23']);
    expect(
      period('Thời gian thực hiện việc treo cờ Tổ quốc, từ ngày 21 đến hết ngày 25-5-2021.'),
    ).toEqual(['2021-05-21', '2021-05-25']);
    expect(
      period(
        'Từ ngày 22/4/2021 đến nay, Trung tâm đã tổ chức 07 chương trình văn nghệ tuyên truyền.',
      ),
    ).toEqual(['2021-04-22', null]);
    // An anniversary's years are no span of outreach.
    expect(
      period(
        'Tuyên truyền kỷ niệm 80 năm Ngày Tổng tuyển cử đầu tiên (6.1.1946-6.1.2026) gắn với bầu cử.',
      ),
    ).toEqual([null, null]);
  });
  it('spans the rounds of the outreach when it gives no time of its own', () => {
    const rounds = [
      'Các hoạt động tuyên truyền sẽ thực hiện theo 3 đợt: Đợt 1, từ nay đến ngày 23/4/2021',
      'Đợt 2, từ ngày 23/4 đến ngày 23/5/2021',
      'Đợt 3, từ ngày 23/5 đến ngày 10/6/2021',
    ];
    expect(period(rounds.join('\n'))).toEqual([null, '2021-06-10']);
    // A contest's rounds are the contest's.
    expect(
      period('Kỳ 1 từ ngày 2/2/2026 đến ngày 8/2/2026\nKỳ 2 từ ngày 9/2/2026 đến ngày 15/2/2026'),
    ).toEqual([null, null]);
  });
  it('points at the end it read, whatever the space between sentences', () => {
    for (const text of [
      'Chuẩn bị chu đáo.  Tổ chức tuyên truyền đến hết ngày 10/5/2021.',
      'Chuẩn bị chu đáo.   Từ nay đến ngày bầu cử 23/5/2021, tập trung tuyên truyền.',
    ]) {
      const end = findPeriod(toLines(text), null).to;
      expect(end && text.slice(end.span?.start, end.span?.end)).toMatch(/^\d{1,2}\/5\/2021$/u);
    }
  });
});
