import { describe, expect, test } from 'vitest';
import { inServiceIssue, operatorIssue, playDateIssue } from './station-rules';
import { parseDuration, parsePlayTime, planPlayImport } from './play-import';

const ward = { path: '/r/qn/cp/cb/' };
const station = { inServiceFrom: '2022-04-01', createdAt: new Date('2026-12-01T03:00:00Z') };
const item = { validFrom: '2022-04-01', createdAt: new Date('2026-12-01T03:00:00Z') };
const at = (s: string) => new Date(`${s}+07:00`);

describe('who may operate a station', () => {
  test('the owner or a unit below it; not a sibling or the unit above', () => {
    expect(operatorIssue(ward, { path: '/r/qn/cp/cb/' })).toBeNull();
    expect(operatorIssue(ward, { path: '/r/qn/cp/cb/vhxh/' })).toBeNull();
    expect(operatorIssue(ward, { path: '/r/qn/cp/kl/' })).toMatch(/trực thuộc/);
    expect(operatorIssue(ward, { path: '/r/qn/cp/' })).toMatch(/trực thuộc/);
    expect(operatorIssue(ward, { path: '/r/qn/cp/cb/vhxh/', active: false })).toMatch(/ngừng/);
  });
});

describe('when a play can have happened', () => {
  test('a past campaign entered later is taken from the in-service day and the item’s validity', () => {
    expect(playDateIssue(station, item, at('2022-04-01T06:30:00'))).toBeNull();
    expect(playDateIssue(station, item, at('2022-03-31T06:30:00'))).toBe(
      'Thời điểm phát trước "Ngày bắt đầu hoạt động" của đài/cụm loa (01/04/2022).',
    );
    expect(
      playDateIssue({ ...station, inServiceFrom: '2022-01-01' }, item, at('2022-03-31T06:30:00')),
    ).toBe('Thời điểm phát trước ngày tài liệu có hiệu lực (01/04/2022).');
  });

  test('without an in-service day or a validity, the days they were entered', () => {
    const fresh = { inServiceFrom: null, createdAt: new Date('2026-12-01T03:00:00Z') };
    expect(playDateIssue(fresh, item, at('2026-11-30T06:30:00'))).toMatch(/Ngày bắt đầu/);
    expect(
      playDateIssue(
        station,
        { validFrom: null, createdAt: fresh.createdAt },
        at('2026-11-30T06:30:00'),
      ),
    ).toBe('Thời điểm phát trước khi tài liệu được tạo.');
  });

  test('an in-service day is neither in the future nor before 2000', () => {
    expect(inServiceIssue('2022-04-01', '2026-12-03')).toBeNull();
    expect(inServiceIssue('2026-12-04', '2026-12-03')).toMatch(/tương lai/);
    expect(inServiceIssue('1999-12-31', '2026-12-03')).toMatch(/không hợp lệ/);
  });
});

describe('reading a play log', () => {
  test('times in dd/MM/yyyy HH:mm, Vietnam time; durations in seconds or mm:ss', () => {
    expect(parsePlayTime('05/4/2022 06:30')?.toISOString()).toBe('2022-04-04T23:30:00.000Z');
    expect(parsePlayTime('2022-04-05 6:30')?.toISOString()).toBe('2022-04-04T23:30:00.000Z');
    expect(parsePlayTime('31/02/2022 06:30')).toBeNull();
    expect(parsePlayTime('05/4/2022 25:00')).toBeNull();
    expect(parsePlayTime('05/4/2022')).toBeNull();
    expect(parseDuration('')).toBeNull();
    expect(parseDuration('90')).toBe(90);
    expect(parseDuration('1:30')).toBe(90);
    expect(Number.isNaN(parseDuration('1 phút'))).toBe(true);
  });

  test('each bad cell is named by line and column; a repeated row is one play, with the same id each time', () => {
    const findContent = (t: string) => (t === 'File ghi âm' ? { id: 'a1' } : null);
    const table = [
      ['Thời điểm phát', 'Tài liệu', 'Thời lượng'],
      ['05/04/2022 06:30', 'File ghi âm', '0:30'],
      ['05/04/2022 06:30', 'File ghi âm', '0:30'],
      ['32/04/2022 06:30', 'Bài khác', 'ba mươi'],
    ];
    const first = planPlayImport(table, { stationId: 's1', findContent });
    expect(first.planned).toHaveLength(1);
    expect(first.planned[0]).toMatchObject({ line: 2, contentId: 'a1', durationSeconds: 30 });
    expect(first.errors.map((e) => [e.line, e.field])).toEqual([
      [4, 'thoi_diem_phat'],
      [4, 'tai_lieu'],
      [4, 'thoi_luong'],
    ]);
    expect(first.errors[0]?.message).toMatch(/dd\/MM\/yyyy HH:mm/);
    const again = planPlayImport(table, { stationId: 's1', findContent });
    expect(again.planned[0]?.clientId).toBe(first.planned[0]?.clientId);
    expect(planPlayImport([['ngay']], { stationId: 's1', findContent }).fileError).toMatch(
      /Thiếu cột/,
    );
  });
});
