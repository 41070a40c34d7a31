import type { AssignmentTask, PlanContent } from '../../domain/plans/plan';

const task = (text: string, extra: Partial<AssignmentTask> = {}): AssignmentTask => ({
  text,
  channel: null,
  frequencyText: null,
  recurrence: null,
  deadline: null,
  target: null,
  ...extra,
});

const ELECTION =
  'cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng Nhân dân các cấp nhiệm kỳ 2021-2026';

/**
 * Plan 1354/KH-VPUBND of 14/9/2020 of the Văn phòng UBND tỉnh Quảng Nam, with the words of the
 * seed article (its slips too: "nhiệm kỳ 2021-2020", "2021-20126"). The article gives neither the
 * period nor the signer: those are sample data, and say so.
 */
export const VP_PLAN_1354 = (ids: {
  vp: string;
  hctc: string;
  cd: string;
  doan: string;
  bchqs: string;
  web: string;
}): Partial<PlanContent> => ({
  title: `Tuyên truyền ${ELECTION}`,
  bodyCode: 'VPUBND',
  bases: [
    {
      text: 'Chỉ thị 545-CT/TW ngày 20/6/2020 của Bộ Chính trị về lãnh đạo cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021-2020',
      planId: null,
    },
    {
      text: 'Chỉ thị số 59-CT/TU ngày 27/8/2020 của Tỉnh ủy Quảng Nam về lãnh đạo, chỉ đạo cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021-2020',
      planId: null,
    },
  ],
  preamble: `Văn phòng UBND tỉnh xây dựng Kế hoạch thực hiện công tác tuyên truyền ${ELECTION} với các nội dung cụ thể như sau:`,
  purposes:
    'Công tác tuyên truyền góp phần làm cho cán bộ, công chức, người lao động tại Văn phòng UBND tỉnh nhận thức rõ mục đích, vai trò, ý nghĩa, tầm quan trọng của sự kiện chính trị này là tiếp tục xây dựng, củng cố và hoàn thiện Nhà nước pháp quyền xã hội chủ nghĩa Việt Nam của nhân dân, do nhân dân, vì nhân dân. Việc lựa chọn, bầu ra những người tiêu biểu về đức, tài, xứng đáng là đại diện cho ý chí, nguyện vọng và quyền làm chủ của nhân dân trong Quốc hội và Hội đồng nhân dân là nhiệm vụ trọng tâm của toàn Đảng, toàn dân, toàn quân năm trong năm 2021; tạo sự thống nhất, sự đồng thuận trong toàn xã hội, tạo không khí thi đua yêu nước sôi nổi trong cán bộ, công chức, người lao động, bảo đảm thực hiện thành công cuộc bầu cử.',
  requirements:
    'Công tác tuyên truyền về bầu cử cần được tiến hành song song với lộ trình, bước đi của cuộc bầu cử (trước, trong và sau khi bầu cử), hỗ trợ đắc lực cho công tác triển khai bầu cử; góp phần cổ vũ tinh thần đoàn kết, chung sức chung lòng, tận dụng mọi thời cơ, thuận lợi, vượt qua mọi khó khăn, thách thức, đưa đất nước phát triển nhanh và bền vững; tạo không khí thi đua yêu nước trong mọi tầng lớp nhân dân thực hiện có hiệu quả Nghị quyết Đại hội lần thứ XIII của Đảng.',
  contentThemes: [
    '- Tuyên truyền, phổ biến sâu rộng trong cán bộ, công chức, người lao động về mục đích, ý nghĩa, tầm quan trọng của cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021-20126 gắn với tuyên truyền Hiến pháp năm 2013, các quy định của Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân; đồng thời phổ biến, giới thiệu nội dung các văn bản lãnh đạo, chỉ đạo, hướng dẫn của Đảng, Nhà nước, Hội đồng bầu cử Quốc gia; Mặt trận Tổ quốc Việt Nam và của tỉnh về cuộc bầu cử…',
    '- Tuyên truyền về vị trí, vai trò của Quốc hội và Hội đồng nhân dân trong bộ máy nhà nước; về vị trí, vai trò của người đại biểu nhân dân.',
    '- Tuyên truyền về quyền, nghĩa vụ và trách nhiệm của công dân trong việc xây dựng bộ máy nhà nước trong sạch, vững mạnh, hoạt động hiệu lực, hiệu quả. Về quyền bầu cử và ứng cử của công dân, nghĩa vụ, trách nhiệm của cử tri trong công tác bầu cử; các hoạt động trong quá trình tiếp xúc cử tri; các quy định về trình tự, thể thức bầu cử.',
    '- Phản ánh sự lãnh đạo, chỉ đạo của cấp ủy và chính quyền, của Văn phòng UBND tỉnh trong thực hiện công tác bầu cử; quá trình diễn ra và kết quả bầu cử của các ngành, địa phương trên địa bàn tỉnh trên trang Website của Văn phòng UBND tỉnh.',
  ].join('\n'),
  // The channels its assignments name: the website, Q-office messages, pano and posters.
  channels: ['web_portal', 'internal_messaging', 'visual', 'meeting'],
  channelsText: '',
  periodFrom: '2020-09-14',
  periodTo: '2021-06-30',
  timeText:
    'Từ ngày 14/9/2020 đến khi kết thúc cuộc bầu cử (dữ liệu mẫu: bài viết không ghi thời gian).',
  phases: [],
  assignments: [
    {
      unitId: ids.hctc,
      unitName: 'Phòng Hành chính – Tổ chức',
      tasks: [
        task(
          `Chịu trách nhiệm báo cáo Đảng ủy, Lãnh đạo Văn phòng về các Kế hoạch, nội dung cụ thể liên quan đến công tuyên truyền ${ELECTION}; Cung cấp các văn bản Luật, nội dung thông tin cần tuyên truyền cho các Phòng, Ban, bộ phận liên quan để đăng tải, thông tin tuyên truyền trên Website Văn phòng, tin nhắn nội bộ trên Q-office; Phối hợp cùng các Phòng, Ban, các tổ chức Đảng và  tổ chức đoàn thể tại cơ quan thực hiện tốt công tác tuyên truyền về cuộc bầu cử; phối hợp với phòng Quản trị - Tài vụ thực hiện tuyên truyền trực quan bằng pano, áp phích, khẩu hiệu theo hướng dẫn của Ban Tuyên giáo Tỉnh ủy và các cơ quan liên quan.`,
        ),
      ],
    },
    {
      // Every department of the Văn phòng; its đoàn thể and the website board have their own lines.
      unitId: null,
      unitIds: [],
      allOf: { kind: 'agency', underId: ids.vp, exceptIds: [ids.cd, ids.doan, ids.bchqs, ids.web] },
      unitName: 'Các Phòng, Ban',
      tasks: [
        task(
          'Tập trung phổ biến, quán triệt nâng cao nhận thức, trách nhiệm trong cán bộ, đảng viên, công chức và người lao động tại đơn vị nhận thức rõ mục đích, vai trò, ý nghĩa, tầm quan trọng của sự kiện chính trị này',
          { channel: 'meeting' },
        ),
      ],
    },
    {
      unitId: ids.cd,
      unitIds: [ids.doan, ids.bchqs],
      allOf: null,
      unitName: 'Các tổ chức đoàn thể tại Văn phòng',
      tasks: [
        task(
          `Đề nghị Ban Chấp hành Công đoàn, Chi đoàn Thanh niên Văn phòng UBND tỉnh, Ban Chỉ huy Quân sự Văn phòng tích cực phối hợp với Lãnh đạo Văn phòng đẩy mạnh công tác tuyên truyền, phổ biến giáo dục pháp luật, trong đó có nội dung liên quan đến ${ELECTION}`,
        ),
      ],
    },
    {
      unitId: ids.web,
      unitName: 'Ban Điều hành trang thông tin điện tử Văn phòng',
      tasks: [
        task(
          `Biên tập, đăng tải các văn bản, các tin bài, nội dung thông tin tuyên truyền về ${ELECTION}  trên Trang Thông tin điện tử Văn phòng UBND tỉnh.`,
          { channel: 'web_portal' },
        ),
      ],
    },
    {
      // People, not a unit: printed in the plan, no task to track.
      unitId: null,
      unitName: 'Cán bộ, công chức, người lao động tại Văn phòng',
      tasks: [
        task(
          'Cán bộ, công chức, người lao động tại Văn phòng phát huy vai  trò gương mẫu, đề cao trách nhiệm, tuyên truyền, vận động người thân, nhân dân tại nơi cư trú nhận thức rõ mục đích, vai trò, ý nghĩa, tầm quan trọng của sự kiện chính trị này và tích cực tham gia bầu cử; Tích cực tham gia viết tin, bài phản ánh sự lãnh đạo, chỉ đạo của cấp ủy và chính quyền, của Văn phòng UBND tỉnh trong thực hiện công tác bầu cử; quá trình diễn ra và kết quả bầu cử của các ngành, địa phương trên địa bàn tỉnh trên trang Website của Văn phòng UBND tỉnh./.',
        ),
      ],
    },
  ],
  closing: '',
  recipients: [],
  archiveLine: 'Lưu: VT.',
  signer: {
    authority: '',
    position: 'CHÁNH VĂN PHÒNG (dữ liệu mẫu)',
    name: 'Lãnh đạo Văn phòng (dữ liệu mẫu)',
  },
});
