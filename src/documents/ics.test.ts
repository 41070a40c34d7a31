import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, renderIcs } from './ics';

const now = new Date('2022-04-06T03:04:05.678Z');
const calendar = {
  name: 'Lịch tuyên truyền bầu cử, phường Cẩm Bình',
  events: [
    {
      uid: 'plan-51-election@loa',
      title: 'Ngày bầu cử Trưởng khu phố; toàn phường',
      date: '2022-06-05',
      description: 'Phát thanh 2 lần/ngày\nKiểm tra loa, cờ, băng rôn \\ khẩu hiệu',
      url: 'https://loa.example.vn/plans/51?tab=tasks,calendar',
    },
    { uid: 'month-end@loa', title: 'Báo cáo tháng', date: '2022-12-31' },
  ],
};

describe('renderIcs', () => {
  const ics = renderIcs(calendar, { now });
  const lines = ics.split('\r\n');

  it('ends every line with CRLF and never a bare LF', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes the calendar name, the Vietnam time zone and a UTC DTSTAMP', () => {
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain('X-WR-CALNAME:Lịch tuyên truyền bầu cử\\, phường Cẩm Bình\r\n');
    expect(lines).toContain('X-WR-TIMEZONE:Asia/Ho_Chi_Minh');
    expect(lines.filter((l) => l === 'DTSTAMP:20220406T030405Z')).toHaveLength(2);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
  });

  it('gives all-day events DATE values with an exclusive end, across a year end', () => {
    expect(lines).toContain('DTSTART;VALUE=DATE:20220605');
    expect(lines).toContain('DTEND;VALUE=DATE:20220606');
    expect(lines).toContain('DTEND;VALUE=DATE:20230101');
  });

  it('escapes commas, semicolons, backslashes and newlines in text but not in URLs', () => {
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain('SUMMARY:Ngày bầu cử Trưởng khu phố\\; toàn phường\r\n');
    expect(unfolded).toContain(
      'DESCRIPTION:Phát thanh 2 lần/ngày\\nKiểm tra loa\\, cờ\\, băng rôn \\\\ khẩu hiệu\r\n',
    );
    expect(unfolded).toContain('URL:https://loa.example.vn/plans/51?tab=tasks,calendar\r\n');
    expect(escapeText('a,b;c\\d\r\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    const bad = { name: 'x', events: [{ uid: 'u', title: 't', date: '05/06/2022' }] };
    expect(() => renderIcs(bad)).toThrow(RangeError);
  });
});

describe('foldLine', () => {
  it('folds at 75 octets without splitting a multi-byte character', () => {
    const line = `DESCRIPTION:${'Tuyên truyền bầu cử đại biểu Quốc hội và HĐND các cấp; '.repeat(4)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(3);
    for (const part of folded) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(folded.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
    expect(folded.join('')).not.toContain('\uFFFD');
  });

  it('leaves a short line alone', () => {
    expect(foldLine('VERSION:2.0')).toBe('VERSION:2.0');
    expect(foldLine('X'.repeat(75))).toBe('X'.repeat(75));
    expect(foldLine('X'.repeat(76))).toBe(`${'X'.repeat(75)}\r\n X`);
  });
});
