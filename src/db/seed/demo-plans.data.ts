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

const TERM = 'nhiệm kỳ 2022 - 2025';
/** 51/KH-UBND spells it so in sections II.1 and III; the demo keeps the document's words. */
const AS_WRITTEN = `Trưởng khu phó ${TERM}`;

/**
 * The city plan 124/KH-UBND of TP Cẩm Phả. Its number, date, issuer and title are those the ward
 * plan cites; the seed documents do not give its body, so the body is sample text in its style.
 */
export const CITY_PLAN_124 = (ids: { ttvh: string; cambinh: string }): Partial<PlanContent> => ({
  title: `Tuyên truyền bầu cử Trưởng thôn, khu phố ${TERM} trên địa bàn thành phố Cẩm Phả`,
  bases: [
    {
      text: 'Kế hoạch của UBND tỉnh Quảng Ninh về tổ chức bầu cử Trưởng thôn, bản, khu phố nhiệm kỳ 2022 - 2025 (dữ liệu mẫu)',
      planId: null,
    },
  ],
  preamble: 'UBND thành phố Cẩm Phả xây dựng Kế hoạch tuyên truyền như sau:',
  purposes: `- Tuyên truyền sâu rộng về ý nghĩa, tầm quan trọng của cuộc bầu cử Trưởng thôn, khu phố ${TERM} để nhân dân tích cực tham gia.`,
  requirements:
    '- Công tác tuyên truyền bảo đảm kịp thời, chính xác, phù hợp với thực tiễn của từng địa phương.',
  contentThemes: `- Tuyên truyền về vai trò, tiêu chuẩn, nhiệm vụ của Trưởng thôn, khu phố; quy trình bầu Trưởng thôn, khu phố ${TERM}.\n- Đấu tranh, phản bác các quan điểm sai trái, xuyên tạc về cuộc bầu cử.`,
  channels: ['radio', 'loudspeaker', 'web_portal', 'social_media', 'visual'],
  channelsText:
    '- Tuyên truyền trên hệ thống thông tin cơ sở, Cổng thông tin điện tử thành phố, mạng xã hội và cổ động trực quan.',
  periodFrom: '2022-04-01',
  periodTo: '2022-06-15',
  timeText:
    'Tuyên truyền thường xuyên từ 01/4/2022 đến hết 15/6/2022, tập trung cao điểm trước và sau ngày bầu cử (05/6/2022).',
  phases: [
    { name: 'Đợt 1', from: '2022-04-01', to: '2022-05-20', peak: false },
    { name: 'Đợt cao điểm', from: '2022-05-21', to: '2022-06-15', peak: true },
  ],
  assignments: [
    {
      unitId: ids.ttvh,
      unitName: 'Trung tâm Truyền thông và Văn hóa thành phố',
      tasks: [
        task(
          'Xây dựng file ghi âm tuyên truyền về cuộc bầu cử, cung cấp cho các phường, xã để phát trên hệ thống loa truyền thanh.',
          { channel: 'loudspeaker', deadline: '2022-04-10' },
        ),
        task('Đăng tải tin, bài về công tác bầu cử trên Cổng thông tin điện tử thành phố.', {
          channel: 'web_portal',
          frequencyText: 'tối thiểu 01 tin, bài/tuần',
          recurrence: { count: 1, per: 'week' },
        }),
      ],
    },
    {
      unitId: ids.cambinh,
      unitName: 'UBND phường Cẩm Bình',
      tasks: [
        task('Xây dựng kế hoạch tuyên truyền bầu cử Trưởng khu phố trên địa bàn phường.', {
          deadline: '2022-04-08',
        }),
        task('Phát file ghi âm tuyên truyền trên hệ thống loa truyền thanh của phường.', {
          channel: 'loudspeaker',
          frequencyText: 'tối thiểu 01 lần/tuần',
          recurrence: { count: 1, per: 'week' },
        }),
      ],
    },
  ],
  closing:
    'Căn cứ Kế hoạch này, yêu cầu các cơ quan, đơn vị, UBND các phường, xã triển khai thực hiện./.',
  recipients: [
    { name: 'UBND tỉnh Quảng Ninh', purpose: 'b/c', unitId: null },
    { name: 'Trung tâm Truyền thông và Văn hóa thành phố', purpose: 't/h', unitId: ids.ttvh },
    { name: 'UBND các phường, xã', purpose: 't/h', unitId: ids.cambinh },
  ],
  signer: {
    authority: 'TM. ỦY BAN NHÂN DÂN',
    position: 'CHỦ TỊCH',
    name: 'Chủ tịch UBND thành phố (dữ liệu mẫu)',
  },
});

/** The ward plan 51/KH-UBND of phường Cẩm Bình, with the text of the seed document. */
export const WARD_PLAN_51 = (ids: {
  campha: string;
  vhxh: string;
  mttq: string;
}): Partial<PlanContent> => ({
  // The document has no dated phases: its peak "trước và sau ngày bầu cử" is in the time text only.
  phases: [],
  title: `Tuyên truyền công tác bầu cử Trưởng khu phố ${TERM} trên địa bàn phường Cẩm Bình`,
  preamble: 'UBND phường Cẩm Bình xây dựng Kế hoạch cụ thể như sau:',
  purposes: [
    `- Tuyên truyền sâu rộng về ý nghĩa, tầm quan trọng của Cuộc bầu cử Trưởng khu phố ${TERM} trên địa bàn phường Cẩm Bình để nhân dân tích cực ủng hộ, nêu cao tinh thần làm chủ, trách nhiệm công dân, lựa chọn và bầu ra những người tiêu biểu, có phẩm chất, năng lực, uy tín, đại diện cho cộng đồng dân cư thực hiện công việc tự quản trên địa bàn.`,
    '- Tăng cường sự phối hợp giữa các đơn vị liên quan, sự tham gia tích cực và chủ động của các cơ quan báo chí, truyền thông và hệ thống thông tin cơ sở.',
  ].join('\n'),
  requirements: [
    '- Công tác tuyên truyền đảm bảo thực hiện đúng các chỉ đạo của Trung ương, của Tỉnh và của Thành phố; chủ động, tích cực, phù hợp với thực tiễn và khả năng của đơn vị.',
    '- Nội dung và hình thức tuyên truyền phải đảm bảo kịp thời, chính xác, hấp dẫn, ấn tượng, tạo được sự lan tỏa sâu rộng và tiếp cận đến nhiều người.',
    '- Phát huy tối đa thế mạnh về nội dung, hình thức của hệ thống thông tin cơ sở để nâng cao hiệu quả công tác tuyên truyền đến với đông đảo nhân dân toàn phường.',
  ].join('\n'),
  contentThemes: [
    `- Tuyên truyền về ý nghĩa, tầm quan trọng của Cuộc bầu cử Trưởng khu phố ${TERM} trên địa bàn phường Cẩm Bình để cử tri tự giác, trách nhiệm, hăng hái tham gia bầu cử và bầu ra những người tiêu biểu, có phẩm chất, năng lực, uy tín, đại diện cho cộng đồng dân cư thực hiện công việc tự quản trên địa bàn.`,
    '- Tuyên truyền về vai trò, vị trí, tiêu chuẩn, nhiệm vụ, quyền hạn của trưởng khu phố; quy trình bầu trưởng khu; công tác chuẩn bị nhân sự, các bước hiệp thương lựa chọn ứng cử viên trưởng khu... Thông tin, phản ánh kịp thời những ý kiến, nguyện vọng của cử tri, của người ứng cử vào chức danh trưởng khu.',
    '- Thông tin về công tác chuẩn bị cơ sở vật chất, kỹ thuật, đảm bảo an ninh trật tự, tạo điều kiện để cử tri bỏ phiếu thuận lợi.',
    '- Tuyên truyền đấu tranh, phản bác các quan điểm sai trái, xuyên tạc của các thế lực thù địch lợi dụng bầu cử để gây mất đoàn kết trong Đảng, chia rẽ đại đoàn kết dân tộc và chống những hành vi vi phạm pháp luật, xâm phạm quyền ứng cử, bầu cử của công dân.',
    `- Tuyên truyền về kết quả bầu cử và trách nhiệm ${AS_WRITTEN} trên địa bàn phường Cẩm Bình.`,
  ].join('\n'),
  channels: [
    'radio',
    'loudspeaker',
    'bulletin_board',
    'mobile_vehicle',
    'social_media',
    'web_portal',
  ],
  channelsText: [
    '- Tuyên truyền qua hệ thống thông tin cơ sở: Đài truyền thanh cấp xã, hệ thống loa truyền thanh cơ sở, bản tin công cộng, xe tuyên truyền lưu động...',
    '- Tuyên truyền trên mạng xã hội qua zalo, facebook, Cổng thông tin điện tử phường...',
  ].join('\n'),
  periodFrom: '2022-04-01',
  periodTo: '2022-06-15',
  timeText:
    'Tuyên truyền thường xuyên từ 01/4/2022 đến hết 15/6/2022, trong đó tập trung vào đợt cao điểm tuyên truyền trước và sau ngày bầu cử (ngày 05/6/2022).',
  assignments: [
    {
      unitId: null,
      unitName: 'Các cơ quan, đơn vị trên địa bàn phường',
      tasks: [
        task(
          `Tổ chức quán triệt, tuyên truyền về công tác bầu cử ${AS_WRITTEN} trên địa bàn phường tới toàn thể cán bộ, công chức, viên chức, người lao động tại đơn vị.`,
          { channel: 'meeting' },
        ),
      ],
    },
    {
      unitId: ids.vhxh,
      unitName: 'Bộ phận Văn hóa Xã hội',
      tasks: [
        task(
          `Tham mưu xây dựng tin bài về triển khai công tác bầu cử ${AS_WRITTEN} trên địa bàn phường.`,
          { channel: 'web_portal' },
        ),
        task(
          `Tiếp nhận file ghi âm tuyên truyền nội dung công tác bầu cử Trưởng thôn, khu phó ${TERM} trên địa bàn thành phố của Trung tâm truyền thông và văn hóa thành phố để phát trên hệ thống Loa truyền thanh của phường. Duy trì thường xuyên với tần suất tối thiểu 01 lần/tuần.`,
          {
            channel: 'loudspeaker',
            frequencyText: 'tối thiểu 01 lần/tuần',
            recurrence: { count: 1, per: 'week' },
          },
        ),
        task(
          `Cập nhật nội dung công tác bầu cử ${AS_WRITTEN} trên địa bàn phường, các nội dung chỉ đạo của Tỉnh, Thành phố, phường và các tin, bài triển khai công tác bầu cử ${AS_WRITTEN} trên địa bàn phường trên Cổng Thông tin điện tử phường.`,
          { channel: 'web_portal' },
        ),
      ],
    },
    {
      // The MTTQ and every khu phố of the ward (the demo ward has no đoàn thể of its own as units).
      unitId: ids.mttq,
      unitIds: [],
      allOf: { kind: 'village', underId: null, exceptIds: [] },
      unitName: 'Đề nghị Ủy ban MTTQ và các đoàn thể, các khu phố',
      tasks: [
        task(
          `Tuyên truyền công tác bầu cử ${AS_WRITTEN} trên địa bàn phường đến các đoàn viên, hội viên và nhân dân trên địa bàn phường trong các cuộc sinh hoạt, họp tổ dân, khu phố...`,
          { channel: 'meeting' },
        ),
      ],
    },
  ],
  closing:
    'Căn cứ Kế hoạch này, yêu cầu các cơ quan, đơn vị, bộ phận chuyên môn, đoàn thể, khu phố triển khai thực hiện./.',
  recipients: [
    { name: 'UBND thành phố Cẩm Phả', purpose: 'b/c', unitId: ids.campha },
    { name: 'Đảng ủy, HĐND phường', purpose: 'b/c', unitId: null },
    { name: 'Chủ tịch, các PCT UBND phường', purpose: null, unitId: null },
    { name: 'Các cơ quan, đơn vị', purpose: 't/h', unitId: null },
    { name: 'Bộ phận Văn hóa Xã hội', purpose: 't/h', unitId: ids.vhxh },
    { name: 'Ủy ban MTTQ và các đoàn thể', purpose: 'p/h', unitId: ids.mttq },
    { name: 'Các khu phố', purpose: 't/h', unitId: null },
  ],
  archiveLine: 'Lưu: VT.',
  signer: { authority: 'TM. ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: 'Nguyễn Công Bằng' },
});
