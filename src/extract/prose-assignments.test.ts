import { describe, expect, it } from 'vitest';
import type { Assignment } from './extraction.schema';
import { findAssignments } from './assignments';
import { toLines } from './lines';
import { sectionsOf } from './sections';

// Assignments read from running text: directives restated in news, requests, notices.
const assignmentsOf = (text: string, plan = false): Assignment[] => {
  const lines = toLines(text);
  return findAssignments(lines, sectionsOf(lines, 0, lines.length), 2021, plan).map((f) => f.value);
};
const unitsOf = (text: string, plan = false): string[] =>
  assignmentsOf(text, plan).map((a) => a.unit);

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

describe('requests to an office and work a body will be there to do', () => {
  it('reads a request to the head of a body by office, not a head speaking', () => {
    expect(
      unitsOf(
        'UBND Thành phố giao chủ tịch UBND các phường, xã, đặc khu, thủ trưởng các cơ quan, đơn vị vận động, thông báo việc treo cờ Tổ quốc.',
      ),
    ).toEqual(['chủ tịch UBND các phường, xã, đặc khu, thủ trưởng các cơ quan, đơn vị']);
    expect(unitsOf('Chủ tịch UBND tỉnh nhấn mạnh công tác tuyên truyền phải đi trước.')).toEqual(
      [],
    );
  });
  it('reads "sẽ có X …" and a force named as a body', () => {
    expect(
      unitsOf(
        'Vào ngày 22/5 sẽ có lực lượng ĐVTN phối hợp với Ủy ban bầu cử của phường hỗ trợ cử tri.',
      ),
    ).toEqual(['lực lượng ĐVTN']);
    expect(
      unitsOf('Lãnh đạo xã đề nghị các lực lượng tham gia nêu cao tinh thần trách nhiệm.'),
    ).toEqual(['các lực lượng tham gia']);
  });
});

describe('notices to fly the flag', () => {
  it('reads the long list of bodies a notice goes to, item by item', () => {
    expect(
      unitsOf(
        'UBND tỉnh thông báo đến tất cả các trụ sở cơ quan Nhà nước, tổ chức chính trị, tổ chức chính trị - xã hội, lực lượng vũ trang, các đơn vị kinh tế, trường học, bệnh viện, nơi thờ tự của các tôn giáo và nhà ở của nhân dân phải treo cờ Tổ quốc từ ngày 19/5 đến hết ngày 22/5/2016.',
      ),
    ).toEqual([
      'tất cả các trụ sở cơ quan Nhà nước, tổ chức chính trị, tổ chức chính trị - xã hội, lực lượng vũ trang, các đơn vị kinh tế, trường học, bệnh viện, nơi thờ tự của các tôn giáo và nhà ở của nhân dân',
    ]);
    expect(
      unitsOf(
        'Theo đó, tất cả các cơ quan, đơn vị, các đoàn thể, các tổ chức chính trị - xã hội, đơn vị lực lượng vũ trang, doanh nghiệp, trường học, bệnh viện, các tổ chức khác đóng trên địa bàn tỉnh, nơi thờ tự các tôn giáo và hộ nhân dân thực hiện treo cờ Tổ quốc.',
      ),
    ).toHaveLength(1);
  });
  it('reads bodies a request lists with semicolons, and a name with a dash, as one unit', () => {
    expect(
      unitsOf(
        'Ủy ban bầu cử tỉnh đề nghị Tiểu ban Thông tin - tuyên truyền; Ủy ban bầu cử các huyện, thành phố Cà Mau; Ủy ban bầu cử các xã, phường, thị trấn trong tỉnh khẩn trương thực hiện tốt công tác thông tin, tuyên truyền về cuộc bầu cử.',
      ),
    ).toEqual([
      'Tiểu ban Thông tin - tuyên truyền; Ủy ban bầu cử các huyện, thành phố Cà Mau; Ủy ban bầu cử các xã, phường, thị trấn trong tỉnh',
    ]);
    // Outside a request a semicolon still ends the clause, and a steering board's name is not a
    // board directing the commune.
    expect(
      unitsOf('Lãnh đạo các phòng, ban ngành xã; Ban chỉ đạo xã sẽ tổ chức tuyên truyền.'),
    ).toEqual(['Ban chỉ đạo xã']);
    expect(unitsOf('Ban Chỉ đạo xã tổ chức tuyên truyền trên loa.')).toEqual([]);
  });
  it('reads no body out of a count of voters or people who came to a meeting', () => {
    expect(
      unitsOf('Theo công an sở tại, xã Vạn Lộc có hơn 48.700 cử tri sẽ thực hiện quyền bầu cử.'),
    ).toEqual([]);
    expect(
      unitsOf('Thành viên Ban chỉ đạo xã đến dự, giám sát công tác bầu cử tại các thôn.'),
    ).toEqual([]);
  });
  it('does not read a long item of running text as a body', () => {
    expect(
      unitsOf(
        'Theo đó, các cơ quan cùng với rất nhiều người dân ở khắp các khu phố trung tâm và vùng ven của thành phố vào những ngày cuối tuần tổ chức dọn vệ sinh.',
      ),
    ).toEqual([]);
  });
});

describe('a sentence a PDF broke across lines', () => {
  it('reads a request whose unit runs onto the next line', () => {
    const [a] = assignmentsOf(
      [
        'Sở Thông tin và Truyền thông đề nghị Phòng Văn hóa',
        'và Thông tin các huyện, TP, TX tăng cường chỉ đạo Đài truyền thanh cấp xã phát đĩa CD.',
      ].join('\n'),
    );
    expect(a?.unit).toBe('Phòng Văn hóa và Thông tin các huyện, TP, TX');
    expect(a?.tasks).toEqual(['tăng cường chỉ đạo Đài truyền thanh cấp xã phát đĩa CD']);
  });
  it('does not join a line that ends its sentence, or a numbered item', () => {
    expect(
      unitsOf(['UBND xã đề nghị các thôn treo cờ.', 'các hộ dân tham gia dọn vệ sinh.'].join('\n')),
    ).toEqual(['các thôn']);
    expect(
      unitsOf(['Đề nghị Phòng Văn hóa', 'a) Thông tin các huyện thực hiện tốt.'].join('\n')),
    ).toEqual([]);
  });
});

describe('work reported, not given', () => {
  it('leaves a body chairing a meeting, and work at a place on a day, to the report', () => {
    expect(
      unitsOf('Đồng chí Nguyễn Duy Tú, Trưởng tiểu ban chủ trì hội nghị tuyên truyền bầu cử.'),
    ).toEqual([]);
    expect(
      unitsOf(
        'Tại tuyến đường trung tâm huyện, Trung tâm Văn hóa huyện phối hợp với Trung tâm Chiếu phim tỉnh lắp đặt gần 40 pa nô.',
      ),
    ).toEqual([]);
    // Without a place or a day before it, working together is what the bodies are to do.
    expect(
      unitsOf(
        'Các ban ngành đoàn thể địa phương và tổ dân phố phối hợp đảm bảo an ninh trật tự trước, trong và sau ngày bầu cử.',
      ),
    ).toEqual(['Các ban ngành đoàn thể địa phương và tổ dân phố']);
  });
  it('reads no body out of a topic or a document’s name', () => {
    expect(
      unitsOf('Ban Thường trực UBMTTQVN phường trong việc phối hợp triển khai công tác bầu cử'),
    ).toEqual([]);
    expect(
      unitsOf(
        'Các thành viên góp ý Thông báo phân công thành viên Tiểu ban Tuyên truyền và Kế hoạch tuyên truyền.',
      ),
    ).toEqual([]);
    expect(unitsOf('UBND xã phân công Đoàn Thanh niên xã tuyên truyền đến cử tri trẻ.')).toEqual([
      'Đoàn Thanh niên xã',
    ]);
  });
  it('keeps a request inside a body’s own task as that task', () => {
    const found = assignmentsOf(
      'Thủ trưởng các cơ quan, đơn vị có trách nhiệm chỉ đạo các xã, phường, thị trấn hướng dẫn nhân dân treo cờ Tổ quốc.',
    );
    expect(found.map((a) => a.unit)).toEqual(['Thủ trưởng các cơ quan, đơn vị']);
    expect(found[0]?.tasks).toEqual([
      'chỉ đạo các xã, phường, thị trấn hướng dẫn nhân dân treo cờ Tổ quốc',
    ]);
  });
});

describe('a body asked beside another, and clauses that give no task', () => {
  it('keeps a request that follows a body’s own task in the same sentence', () => {
    expect(
      unitsOf(
        'Công an huyện bảo đảm an ninh trật tự, đồng thời đề nghị Ban Chỉ huy Quân sự huyện phối hợp tuần tra.',
        true,
      ),
    ).toEqual(['Công an huyện', 'Ban Chỉ huy Quân sự huyện']);
    expect(
      unitsOf(
        'Huyện đoàn sẽ tổ chức ra quân vào ngày 10/5, UBND huyện đề nghị các xã phối hợp thực hiện.',
      ),
    ).toEqual(['Huyện đoàn', 'các xã']);
  });
  it('reads no task from what a body is, or from a case named like a body', () => {
    expect(unitsOf('Trụ sở UBND xã sẽ là nơi bỏ phiếu.')).toEqual([]);
    // What is done to a body is no task of its own; what it is given is.
    expect(unitsOf('Các tổ bầu cử phải được thành lập, chậm nhất ngày 2/4.')).toEqual([]);
    expect(
      unitsOf('Đoàn thanh niên xã được giao tổ chức tuyên truyền trên loa truyền thanh.'),
    ).toEqual(['Đoàn thanh niên xã']);
    expect(unitsOf('Đối với các trường hợp cử tri vắng mặt: Tổ bầu cử ghi chú.')).toEqual([]);
    expect(
      unitsOf('Theo đó, các đoàn viên thanh niên cùng người dân tổ chức dọn vệ sinh.'),
    ).toEqual([]);
  });
  it('ends a force’s name at "ra quân"', () => {
    expect(
      unitsOf('Sáng 10/5, sẽ có lực lượng đoàn viên thanh niên ra quân tuyên truyền.'),
    ).toEqual(['lực lượng đoàn viên thanh niên']);
  });
});
