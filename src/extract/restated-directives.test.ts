import { describe, expect, it } from 'vitest';
import type { Assignment } from './extraction.schema';
import { findAssignments } from './assignments';
import { toLines } from './lines';
import { sectionsOf } from './sections';

// News restating what a directive asks of the bodies it names.
const assignmentsOf = (text: string): Assignment[] => {
  const lines = toLines(text);
  return findAssignments(lines, sectionsOf(lines, 0, lines.length), 2021).map((f) => f.value);
};
const unitsOf = (text: string): string[] => assignmentsOf(text).map((a) => a.unit);

describe('directives restated in news', () => {
  it('reads the bodies after "Theo đó," as given what follows, however many are listed', () => {
    const [a, ...rest] = assignmentsOf(
      'Theo đó, Ủy ban MTTQ Việt Nam thành phố, các sở, ban, ngành, đoàn thể thành phố, Ủy ban bầu cử các quận, huyện tăng cường chỉ đạo tuyên truyền, cổ động về bầu cử.',
    );
    expect(rest).toEqual([]);
    expect(a?.unit).toBe(
      'Ủy ban MTTQ Việt Nam thành phố, các sở, ban, ngành, đoàn thể thành phố, Ủy ban bầu cử các quận, huyện',
    );
    expect(a?.tasks).toEqual(['tăng cường chỉ đạo tuyên truyền, cổ động về bầu cử']);
    expect(
      unitsOf(
        'Theo nội dung thông báo, các cơ quan, đơn vị, trường học và các hộ dân thực hiện treo cờ Tổ quốc.',
      ),
    ).toEqual(['các cơ quan, đơn vị, trường học và các hộ dân']);
  });
  it('leaves work already done after "Theo đó," and bodies without that lead-in', () => {
    expect(unitsOf('Theo đó, UBND xã đã tổ chức 12 buổi tuyên truyền.')).toEqual([]);
    expect(unitsOf('Các cấp ủy, cơ quan, đơn vị rà soát hệ thống pa nô.')).toEqual([]);
  });
  it('reads "Đối với X:" as X\'s part of a directive', () => {
    const [a] = assignmentsOf(
      'Bộ quán triệt việc thực hiện như sau: Đối với các cơ quan, đơn vị thuộc Bộ: Căn cứ chức năng, nhiệm vụ lồng ghép các hoạt động tuyên truyền cuộc bầu cử.',
    );
    expect(a?.unit).toBe('các cơ quan, đơn vị thuộc Bộ');
    expect(a?.tasks).toEqual([
      'Căn cứ chức năng, nhiệm vụ lồng ghép các hoạt động tuyên truyền cuộc bầu cử',
    ]);
    expect(unitsOf('Đối với công tác tuyên truyền: cần đẩy mạnh hơn nữa.')).toEqual([]);
  });
});
