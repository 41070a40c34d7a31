import { describe, expect, it } from 'vitest';
import type { Assignment } from './extraction.schema';
import { findAssignments } from './assignments';
import { toLines } from './lines';
import { isScheduleOnly } from './schedule';
import { sectionsOf } from './sections';
import { splitUnit } from './unit-lexicon';

const assignmentsOf = (text: string, plan = false): Assignment[] => {
  const lines = toLines(text);
  return findAssignments(lines, sectionsOf(lines, 0, lines.length), 2021, plan).map((f) => f.value);
};
const unitsOf = (text: string, plan = false): string[] =>
  assignmentsOf(text, plan).map((a) => a.unit);

describe('assignments in prose', () => {
  it('reads the unit a request names and the task after it', () => {
    const [a] = assignmentsOf(
      'Sở Giáo dục và Đào tạo đề nghị các cơ sở giáo dục trên địa bàn tỉnh tiếp tục đẩy mạnh tuyên truyền.',
    );
    expect(a?.unit).toBe('các cơ sở giáo dục trên địa bàn tỉnh');
    expect(a?.tasks).toEqual(['tiếp tục đẩy mạnh tuyên truyền']);
  });
  it('reads "yêu cầu", "chỉ đạo" and "giao"', () => {
    expect(unitsOf('Chủ tịch UBND xã yêu cầu các thôn niêm yết danh sách cử tri.')).toEqual([
      'các thôn',
    ]);
    expect(unitsOf('Tỉnh còn chỉ đạo các địa phương tổ chức mạn đàm về bầu cử.')).toEqual([
      'các địa phương',
    ]);
    expect(
      unitsOf('UBND xã giao Công an xã bảo đảm an ninh trật tự tại các điểm bỏ phiếu.'),
    ).toEqual(['Công an xã']);
  });
  it('keeps a verb that is part of the name ("Ban chỉ đạo")', () => {
    expect(
      unitsOf(
        'Đề nghị các thành viên Ban chỉ đạo cũng như các Tổ bầu cử nêu cao tinh thần trách nhiệm.',
      ),
    ).toEqual(['các thành viên Ban chỉ đạo cũng như các Tổ bầu cử']);
  });
  it('reads a future task: "X sẽ …", after a lead-in or a comma', () => {
    const [a] = assignmentsOf(
      'Theo kế hoạch, Đội Tuyên truyền lưu động tỉnh sẽ tổ chức tuyên truyền ở các huyện đến trước ngày 22/5.',
    );
    expect(a?.unit).toBe('Đội Tuyên truyền lưu động tỉnh');
    expect(a?.tasks).toEqual(['tổ chức tuyên truyền ở các huyện đến trước ngày 22/5']);
    expect(a?.deadline).toBe('2021-05-22');
    expect(unitsOf('Đối với tệp âm thanh, các huyện, thị xã sẽ sao chép thành nhiều bản.')).toEqual(
      ['các huyện, thị xã'],
    );
  });
  it('reads work a news item dates as done, not as a task, unless it says "sẽ"', () => {
    expect(
      unitsOf('Ngày 20/4, Trung tâm Văn hóa huyện phối hợp với Huyện đoàn tổ chức văn nghệ.'),
    ).toEqual([]);
    expect(unitsOf('Chiều ngày 7/5, Đoàn xã phối hợp với nhà trường tổ chức cổ động.')).toEqual([]);
    expect(
      unitsOf('Từ ngày 22/4/2021 đến nay, Trung tâm Văn hóa tiếp tục tổ chức chiếu phim.'),
    ).toEqual([]);
    expect(unitsOf('Ngày 15/5, Đoàn xã sẽ tổ chức diễu hành cổ động bầu cử.')).toEqual(['Đoàn xã']);
  });
  it('reads work a time still to come opens as a task, as "sẽ" would', () => {
    expect(
      unitsOf('Từ nay đến ngày bầu cử, Đài truyền thanh xã tập trung tuyên truyền về bầu cử.'),
    ).toEqual(['Đài truyền thanh xã']);
    expect(
      unitsOf('Trong thời gian tới, các cơ quan báo chí thành lập chuyên mục về bầu cử.'),
    ).toEqual(['các cơ quan báo chí']);
    expect(unitsOf('Thủ trưởng các sở, ngành thường xuyên kiểm tra việc treo cờ.', true)).toEqual([
      'Thủ trưởng các sở, ngành',
    ]);
    // Without such a time, news of a unit's work is a report.
    expect(unitsOf('Đài truyền thanh xã tập trung tuyên truyền về bầu cử.')).toEqual([]);
  });
  it('reads a lower-case subject that names a body, when "sẽ" follows it', () => {
    expect(
      unitsOf('Sau buổi tập huấn, cán bộ Hội LHPN các xã sẽ tuyên truyền đến từng hộ gia đình.'),
    ).toEqual(['cán bộ Hội LHPN các xã']);
    expect(unitsOf('Sau buổi tập huấn, cán bộ hội các xã sẽ tuyên truyền đến từng hộ.')).toEqual(
      [],
    );
    // A place that "sẽ" is said of, with no task verb, is given nothing.
    expect(unitsOf('Năm nay, xã Hòa Bình sẽ bầu 25 đại biểu HĐND.')).toEqual([]);
    expect(unitsOf('Năm nay, trường THCS Lê Lợi sẽ là điểm bỏ phiếu.')).toEqual([]);
    expect(unitsOf('Chủ tịch UBND xã yêu cầu các thôn nắm chắc Kế hoạch bầu cử.')).toEqual([
      'các thôn',
    ]);
  });
  it('reads "X chủ trì, phối hợp với Y …" as a task of X', () => {
    const [a] = assignmentsOf(
      'Phòng Văn hóa và Thông tin chủ trì, phối hợp với Đài truyền thanh xã treo băng rôn.',
    );
    expect(a?.unit).toBe('Phòng Văn hóa và Thông tin');
    expect(a?.tasks).toEqual(['chủ trì, phối hợp với Đài truyền thanh xã treo băng rôn']);
  });
  it('splits tasks at semicolons and takes a loose frequency', () => {
    const [a] = assignmentsOf(
      'Đề nghị Tổ bầu cử thông báo thường xuyên trên hệ thống truyền thanh; vận động cử tri đi bầu.',
    );
    expect(a?.tasks).toHaveLength(2);
    expect(a?.frequency).toBe('thường xuyên');
  });
  it('finds none in reports of work done or sentences without a unit', () => {
    expect(unitsOf('UBND xã đã tổ chức 12 buổi tuyên truyền lưu động.')).toEqual([]);
    expect(
      unitsOf('Kết quả cuối cùng của tuyên truyền là dân phải nắm và tự giác đi bỏ phiếu.'),
    ).toEqual([]);
    expect(unitsOf('Các xã, phường, thị trấn có vai trò rất quan trọng.')).toEqual([]);
    expect(unitsOf('Đồng chí yêu cầu các thành viên phải tăng cường tuyên truyền.')).toEqual([]);
    expect(
      unitsOf('Căn cứ Kế hoạch này, yêu cầu các cơ quan, đơn vị triển khai thực hiện.'),
    ).toEqual([]);
  });
});

describe('assignments read from the kind of text', () => {
  it('in a plan, gives a unit opening a sentence the task its verb starts, in any section', () => {
    const text =
      '1.2. Hệ thống văn bản:\nUBND phường in ấn kế hoạch, ra quyết định công bố ngày bầu cử.\n1.3. Nhân sự:\nTổ bầu cử thực hiện theo đúng quy trình; Trưởng ban Ban Công tác Mặt trận dự kiến danh sách người ứng cử.';
    expect(unitsOf(text, true)).toEqual([
      'UBND phường',
      'Tổ bầu cử',
      'Trưởng ban Ban Công tác Mặt trận',
    ]);
    // Outside a plan the same sentence may report work done: it needs "sẽ", "cần"…
    expect(unitsOf(text)).toEqual([]);
  });
  it('in a plan, reads no task from the grounds it cites', () => {
    expect(
      unitsOf(
        'Thực hiện Kế hoạch số 21/KH-ĐU ngày 28/01/2021 của Đảng ủy phường chỉ đạo về việc tuyên truyền bầu cử.',
        true,
      ),
    ).toEqual([]);
  });
  it('reads the unit of future work in the passive: "sẽ được X chỉ đạo …"', () => {
    expect(
      unitsOf(
        'Các hoạt động chào mừng cuộc bầu cử sẽ tiếp tục được Công đoàn Khu Kinh tế chỉ đạo triển khai đồng loạt tại các công ty.',
      ),
    ).toEqual(['Công đoàn Khu Kinh tế']);
  });
  it('gives a request that announces unnumbered paragraphs its own words as the task', () => {
    const [a] = assignmentsOf(
      'Sở Thông tin và Truyền thông đề nghị UBND các huyện, thị xã, thành phố, các cơ quan thông tấn, báo chí trên địa bàn tỉnh đẩy mạnh công tác thông tin, tuyên truyền những nội dung như sau:\n\nThông tin, tuyên truyền sâu rộng cuộc bầu cử đại biểu Quốc hội khóa XV.',
    );
    expect(a?.unit).toBe(
      'UBND các huyện, thị xã, thành phố, các cơ quan thông tấn, báo chí trên địa bàn tỉnh',
    );
    expect(a?.tasks).toEqual(['đẩy mạnh công tác thông tin, tuyên truyền']);
    // "… triển khai một số nhiệm vụ cụ thể như sau:" says nothing of the task itself.
    expect(
      unitsOf('UBND thành phố đề nghị các đơn vị triển khai một số nhiệm vụ cụ thể như sau:'),
    ).toEqual([]);
  });
  it('reads a request to direct others: "giao X chỉ đạo, kiểm tra …"', () => {
    expect(
      unitsOf(
        'UBND tỉnh giao UBND các huyện, thành phố chỉ đạo, nhắc nhở, kiểm tra việc treo cờ Tổ quốc.',
      ),
    ).toEqual(['UBND các huyện, thành phố']);
  });
  it('reads no unit from a briefing, a city name or a sentence running on past a comma', () => {
    expect(
      unitsOf('Ủy ban nhân dân phường tổ chức hội nghị giao ban triển khai công tác bầu cử.'),
    ).toEqual([]);
    expect(
      unitsOf('ĐỘI TUYÊN TRUYỀN LƯU ĐỘNG THÀNH PHỐ CẦN THƠ TUYÊN TRUYỀN BẦU CỬ ĐẠI BIỂU QUỐC HỘI'),
    ).toEqual([]);
    expect(
      unitsOf(
        'Đảng ủy, Bộ tư lệnh Quân khu 1 xác định, trước hết cần lãnh đạo chặt chẽ công tác bầu cử.',
      ),
    ).toEqual([]);
  });
  it('gives no task for work a request already saw done ("tổ chức thành công")', () => {
    expect(
      unitsOf(
        'Ngày 05/4, Công đoàn Khu Kinh tế đã chỉ đạo Công đoàn Công ty May tổ chức thành công Gameshow về bầu cử.',
      ),
    ).toEqual([]);
  });
});

describe('requests that name the unit at length or announce a list', () => {
  it('reads "mong", "giao" with heads such as "lãnh đạo", "thủ trưởng", "các cấp Hội"', () => {
    expect(
      unitsOf(
        'Tôi rất mong lãnh đạo các khu phố cùng với các tổ chức chính trị - xã hội trên địa bàn tiếp tục đẩy mạnh tuyên truyền.',
      ),
    ).toEqual(['lãnh đạo các khu phố cùng với các tổ chức chính trị - xã hội trên địa bàn']);
    expect(
      unitsOf(
        'Thứ 2: Giao Thủ trưởng các cơ quan, đơn vị trực thuộc UBND thành phố treo băng rôn.',
      ),
    ).toEqual(['Thủ trưởng các cơ quan, đơn vị trực thuộc UBND thành phố']);
    expect(unitsOf('Tôi mong muốn các xã tổ chức tốt ngày bầu cử.')).toEqual([]);
  });
  it('takes the items of the list a request announces as its tasks', () => {
    const [a, ...rest] = assignmentsOf(
      [
        'Ban Thường vụ Hội đề nghị các cấp Hội Nông dân trong tỉnh thực hiện tốt một số nhiệm vụ sau:',
        '1. Tiếp tục đẩy mạnh tuyên truyền về công tác bầu cử.',
        '',
        '2. Phối hợp đảm bảo an ninh trật tự.',
        'Cuộc bầu cử là ngày hội của toàn dân.',
      ].join('\n'),
    );
    expect(rest).toEqual([]);
    expect(a?.unit).toBe('các cấp Hội Nông dân trong tỉnh');
    expect(a?.tasks).toEqual([
      'Tiếp tục đẩy mạnh tuyên truyền về công tác bầu cử',
      'Phối hợp đảm bảo an ninh trật tự',
    ]);
  });
  it('gives the announcing unit nothing when the items name their own units', () => {
    const units = unitsOf(
      [
        'Đề nghị các cơ quan, tổ chức ở địa phương triển khai các công việc với các nội dung cụ thể như sau:',
        '- Ủy ban bầu cử ở tỉnh, ở huyện, ở xã trên cơ sở đề nghị của Ủy ban nhân dân, hoàn thành việc công bố.',
      ].join('\n'),
    );
    expect(units).not.toContain('các cơ quan, tổ chức ở địa phương');
    expect(units).not.toContain('các cơ quan');
    expect(
      unitsOf('UBND thành phố đề nghị các đơn vị triển khai một số nhiệm vụ như sau:'),
    ).toEqual([]);
  });
});

describe('assignments in a plan', () => {
  it('reads a flattened table row "Tổ chức thực hiện: A, B" as one joint assignment, with its time', () => {
    const found = assignmentsOf(
      [
        '1.1. Ban hành các văn bản chỉ đạo công tác tuyên truyền.',
        'Tổ chức thực hiện: Ban Tuyên giáo Tỉnh ủy, Sở Văn hóa, Thể thao và Du lịch.',
        'Thời gian thực hiện: Thực hiện thường xuyên',
      ].join('\n'),
    );
    // Bodies named together are given the task together (SCHEMA.md's seeds keep "Ủy ban MTTQ
    // và các đoàn thể, các khu phố" as one); plan import matches each to its unit.
    expect(found.map((a) => a.unit)).toEqual([
      'Ban Tuyên giáo Tỉnh ủy, Sở Văn hóa, Thể thao và Du lịch',
    ]);
    expect(found[0]?.tasks).toEqual(['Ban hành các văn bản chỉ đạo công tác tuyên truyền']);
    expect(found[0]?.frequency).toBe('Thực hiện thường xuyên');
  });
  it('gives one task per bullet; a schedule-only sentence sets the frequency instead', () => {
    const [a] = assignmentsOf(
      [
        'III. TỔ CHỨC THỰC HIỆN',
        '2. Bộ phận Văn hóa Xã hội',
        '- Tham mưu xây dựng tin bài về công tác bầu cử.',
        '- Tiếp nhận file ghi âm để phát trên loa. Duy trì thường xuyên với tần suất tối thiểu 01 lần/tuần.',
        '- Cập nhật nội dung trên Cổng Thông tin điện tử phường.',
      ].join('\n'),
    );
    expect(a?.unit).toBe('Bộ phận Văn hóa Xã hội');
    expect(a?.tasks).toEqual([
      'Tham mưu xây dựng tin bài về công tác bầu cử',
      'Tiếp nhận file ghi âm để phát trên loa',
      'Cập nhật nội dung trên Cổng Thông tin điện tử phường',
    ]);
    expect(a?.frequency).toBe('tối thiểu 01 lần/tuần');
  });
});

describe('unit lexicon', () => {
  it('stops a unit at the first task verb or modal', () => {
    expect(splitUnit('các đơn vị chủ động thực hiện')?.unit).toBe('các đơn vị');
    expect(splitUnit('Trung tâm Văn hóa - Thông tin sẽ mở chuyên mục')?.unit).toBe(
      'Trung tâm Văn hóa - Thông tin',
    );
    expect(splitUnit('Tổ chức thực hiện')).toBeNull();
    expect(splitUnit('huyện tiếp tục chỉ đạo')).toBeNull();
  });
  it('tells a schedule-only sentence from a task', () => {
    expect(isScheduleOnly('Duy trì thường xuyên với tần suất tối thiểu 01 lần/tuần')).toBe(true);
    expect(isScheduleOnly('Hoàn thành trước ngày 15/4/2021')).toBe(true);
    expect(isScheduleOnly('Phát tin, bài về bầu cử trên loa truyền thanh 02 lần/ngày')).toBe(false);
  });
});
