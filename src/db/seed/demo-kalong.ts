import type { Deps } from '../../domain/deps';
import { addMilestone } from '../../domain/elections/custom-milestones';
import { completeForSubUnit } from '../../domain/elections/milestone-completions';
import { actorOf, type DemoIds } from './demo-actors';
import { KALONG_MEETING, KALONG_POSTING } from './demo-elections.data';
import { samplePhotoPng } from './sample-png';

type SeedDeps = Pick<Deps, 'repos' | 'uow' | 'clock' | 'ids' | 'changes' | 'storage'>;

/**
 * Phường Ka Long's own part of Quảng Ninh's 2022 village-head election, as the ward's article of
 * 25/05/2022 has it (seed 004): its six khu phố posted their lists of household representatives
 * at the khu's cultural houses "theo đúng quy định và thời gian", each shown here with a sample
 * photo; the community meetings of 05/6/2022 are left for the ward to mark, so the ward's view
 * shows which khu phố have not yet. Made through the use cases, by the ward's officer.
 */
export async function seedKaLongElection(
  deps: SeedDeps,
  units: DemoIds,
  electionId: string,
): Promise<void> {
  const officer = await actorOf(deps, 'kalong');
  const posting = await addMilestone(deps, officer, electionId, KALONG_POSTING);
  await addMilestone(deps, officer, electionId, KALONG_MEETING);
  for (let n = 1; n <= 6; n++) {
    const kp = units.get(`kalong-kp${n}`);
    if (!kp) throw new Error(`demo unit kalong-kp${n} missing`);
    await completeForSubUnit(deps, officer, {
      electionId,
      milestoneId: posting.id,
      unitId: kp.id,
      doneOn: KALONG_POSTING.dueOn,
      note: `Đã niêm yết tại nhà văn hóa ${kp.name.toLowerCase()}. Ảnh mẫu (dữ liệu mẫu); ngày niêm yết là dữ liệu mẫu: bài viết ngày 25/05/2022 cho biết đã niêm yết.`,
      photo: samplePhotoPng(n),
    });
  }
}
