import type { Deps } from '../../domain/deps';
import type { Channel } from '../../domain/plans/plan';
import { issuePhaseSummary } from '../../domain/reports/issue-summary';
import type { ReportRow } from '../../domain/reports/reports.port';
import { actorOf, unitId, type DemoIds } from './demo-actors';
import { groupTask, seedGroupWithPlan } from './demo-group';

/** The members of the Tiểu ban named in its sơ kết of 26/3/2021 (seed 002). */
const MEMBERS = ['halong-btg', 'halong-pvh', 'halong-ttvh', 'halong-mttq'] as const;
/** The plan's first day; the document gives neither its date nor when the Tiểu ban was formed. */
const FROM = '2021-01-18';
const TO = '2021-05-30';

const task = (text: string, channel: Channel) => groupTask(text, channel, TO);

/**
 * Hạ Long's Tiểu ban tuyên truyền as a working group: its four members (each owing a weekly
 * report, "báo cáo công việc theo tuần"), and its own plan 03/KH-TBTT, cited by the sơ kết but
 * not among the seeds, so its text is sample data and says so. The Tiểu ban's officer drafts it
 * and Nguyễn Ngọc Sơn, its standing deputy head, issues it (four eyes).
 */
export async function seedHalongGroup(deps: Omit<Deps, 'mailer'>, units: DemoIds): Promise<void> {
  await seedGroupWithPlan(deps, units, {
    group: 'halong-tbtt',
    officer: 'tbtt.halong',
    leader: 'lanhdao.tbtt.halong',
    members: MEMBERS,
    from: FROM,
    to: TO,
    number: 3,
    content: {
      title:
        'Tuyên truyền Cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021 - 2026 (dữ liệu mẫu)',
      bodyCode: 'TBTT',
      periodFrom: FROM,
      periodTo: TO,
      channels: ['social_media', 'web_portal', 'radio', 'television', 'visual', 'meeting'],
      phases: [
        { name: 'Đợt 1', from: FROM, to: '2021-03-25', peak: false },
        { name: 'Đợt 2', from: '2021-03-26', to: TO, peak: true },
      ],
      assignments: [
        {
          unitId: unitId(units, 'halong-btg'),
          unitName: 'Ban Tuyên giáo Thành ủy',
          tasks: [
            task(
              'Đăng tải, chia sẻ tin, bài về Cuộc bầu cử trên mạng xã hội; đấu tranh phản bác các thông tin sai trái, thù địch liên quan đến Cuộc bầu cử trên không gian mạng (dữ liệu mẫu).',
              'social_media',
            ),
          ],
        },
        {
          unitId: unitId(units, 'halong-ttvh'),
          unitName: 'Trung tâm Truyền thông và Văn hóa thành phố',
          tasks: [
            task(
              'Xây dựng chuyên mục, tin, bài về Cuộc bầu cử trên Cổng thông tin điện tử Thành phố (dữ liệu mẫu).',
              'web_portal',
            ),
            task('Tin, bài, phóng sự phát thanh về Cuộc bầu cử (dữ liệu mẫu).', 'radio'),
            task('Tin, bài, phóng sự truyền hình về Cuộc bầu cử (dữ liệu mẫu).', 'television'),
            task(
              'Tuyên truyền tin, bài về Cuộc bầu cử trên fanpage “Truyền hình Hạ Long” (dữ liệu mẫu).',
              'social_media',
            ),
          ],
        },
        {
          unitId: unitId(units, 'halong-pvh'),
          unitName: 'Phòng Văn hóa và Thông tin',
          tasks: [task('Tuyên truyền trực quan về Cuộc bầu cử (dữ liệu mẫu).', 'visual')],
        },
        {
          unitId: unitId(units, 'halong-mttq'),
          unitName: 'Ủy ban MTTQ Việt Nam thành phố',
          tasks: [
            task(
              'Tuyên truyền về Cuộc bầu cử trong các tổ chức thành viên và khu dân cư (dữ liệu mẫu).',
              'meeting',
            ),
          ],
        },
      ],
      signer: {
        authority: 'TM. TIỂU BAN',
        position: 'PHÓ TRƯỞNG TIỂU BAN THƯỜNG TRỰC',
        name: 'Nguyễn Ngọc Sơn',
      },
    },
  });
}

/** What the sơ kết says the members did in phase 1, as written (seed 002). */
const PHASE1_RESULTS =
  'Ban Tuyên giáo Thành ủy đã biên tập các nội dung thông tin tuyên truyền về Cuộc bầu cử trên bản tin sinh hoạt chi bộ định kỳ tháng 01, 02, 03/2021; tăng cường công tác nắm bắt tình hình dư luận xã hội, đấu tranh phản bác các thông tin sai trái, thù địch liên quan đến Cuộc bầu cử trên không gian mạng; tăng cường đăng tải, chia sẻ trên mạng xã hội... với trên 170 tin, bài liên quan đến thông tin về Cuộc bầu cử; chia sẻ trên 60 tin, bài phản bác, đấu tranh lại các luận điệu sai trái của các thế lực thù địch về Cuộc bầu cử. Cơ quan Truyền thông văn hóa của Thành phố đã xây dựng các chuyên mục, thực hiện 51 tin, bài đăng tải trên Cổng thông tin điện tử Thành phố; 84 tin, bài, phóng sự phát thanh, truyền hình; tuyên truyền 53 tin, bài trên fanpage “Truyền hình Hạ Long” …';

/**
 * The Tiểu ban's sơ kết of phase 1, issued by the group itself on 26/3/2021 (the day of its
 * conference) by Nguyễn Ngọc Sơn, numbered from the Tiểu ban's own register; its figures are what
 * the members did for 03/KH-TBTT in the phase. Call it once the phase-1 activities are recorded.
 */
export async function issueHalongPhase1Summary(
  deps: Omit<Deps, 'mailer'>,
  units: DemoIds,
): Promise<ReportRow> {
  const leader = await actorOf(deps, 'lanhdao.tbtt.halong');
  return issuePhaseSummary(deps, leader, {
    unitId: unitId(units, 'halong-tbtt'),
    phase: 'Đợt 1',
    issuedOn: '2021-03-26',
    narrative: { results: PHASE1_RESULTS, difficulties: '', proposals: '' },
  });
}
