import type { Deps } from '../../domain/deps';
import type { Channel } from '../../domain/plans/plan';
import { unitId, type DemoIds } from './demo-actors';
import { groupTask, seedGroupWithPlan } from './demo-group';

/**
 * The document (seed 003) names no member of the Tổ công tác: these are sample members, and the
 * role each carries says so, which is what the members tab shows.
 */
const MEMBERS = ['haiphong-btg', 'haiphong-stttt', 'haiphong-mttq'] as const;
const SAMPLE_ROLE = 'Thành viên (dữ liệu mẫu)';
/** The Tổ's plan dates are not in the document; 27/4/2021 (the meeting) ends đợt 1, 23/5 is election day. */
const FROM = '2021-03-15';
const PHASE2 = '2021-04-27';
const TO = '2021-05-23';

const task = (text: string, channel: Channel) => groupTask(text, channel, TO);

/**
 * Hải Phòng's Tổ công tác tuyên truyền as a working group: its sample members, each owing a
 * weekly report ("kịp thời thông tin, trao đổi, báo cáo tiến độ"), and its plan in two đợt, the
 * second with the work the meeting of 27/4/2021 set, quoted from the document and shared out
 * among the sample members.
 */
export async function seedHaiphongGroup(deps: Omit<Deps, 'mailer'>, units: DemoIds): Promise<void> {
  await seedGroupWithPlan(deps, units, {
    group: 'haiphong-tct',
    officer: 'tct.haiphong',
    leader: 'lanhdao.tct.haiphong',
    members: MEMBERS,
    role: SAMPLE_ROLE,
    from: FROM,
    to: TO,
    content: {
      title:
        'Kế hoạch hoạt động của Tổ công tác tuyên truyền về bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026 (dữ liệu mẫu)',
      bodyCode: 'TCT',
      periodFrom: FROM,
      periodTo: TO,
      channels: ['press', 'web_portal', 'meeting'],
      phases: [
        { name: 'Đợt 1', from: FROM, to: '2021-04-26', peak: false },
        { name: 'Đợt 2', from: PHASE2, to: TO, peak: true },
      ],
      assignments: [
        {
          unitId: unitId(units, 'haiphong-btg'),
          unitName: 'Ban Tuyên giáo Thành ủy',
          tasks: [
            task(
              'Thông tin, tuyên truyền sâu về tiêu chuẩn đại biểu Quốc hội, đại biểu HĐND các cấp; tuyên truyền về nhân thân, chương trình hành động của những người ứng cử đại biểu Quốc hội, đại biểu HĐND các cấp (phân công: dữ liệu mẫu).',
              'press',
            ),
          ],
        },
        {
          unitId: unitId(units, 'haiphong-stttt'),
          unitName: 'Sở Thông tin và Truyền thông',
          tasks: [
            task(
              'Thông tin tư liệu tổng hợp các số liệu về các kỳ bầu cử đại biểu Quốc hội từ khóa I đến khóa XV (phân công: dữ liệu mẫu).',
              'web_portal',
            ),
          ],
        },
        {
          unitId: unitId(units, 'haiphong-mttq'),
          unitName: 'Ủy ban MTTQ Việt Nam thành phố',
          tasks: [
            task(
              'Vận động, thuyết phục, cổ vũ cử tri trên địa bàn hưởng ứng và tham gia đi bầu cử đúng quy định (phân công: dữ liệu mẫu).',
              'meeting',
            ),
          ],
        },
      ],
      signer: {
        authority: 'TM. TỔ CÔNG TÁC',
        position: 'TỔ TRƯỞNG',
        name: 'Tổ trưởng Tổ công tác (dữ liệu mẫu)',
      },
    },
  });
}
