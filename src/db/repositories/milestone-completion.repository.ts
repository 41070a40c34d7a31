import { and, asc, eq, inArray, like } from 'drizzle-orm';
import type { ElectionRepository } from '../../domain/elections/elections.port';
import type { Db } from '../database';
import { electionMilestones, milestoneCompletions } from '../schema';
import { likeEscape } from './unit.repository';

/** Hand-added milestones' removal and the per-sub-unit completions of milestones. */
export function milestoneCompletionRepository(
  db: Db,
): Pick<
  ElectionRepository,
  'deleteMilestone' | 'completions' | 'saveCompletion' | 'deleteCompletion'
> {
  return {
    async deleteMilestone(id) {
      await db.delete(electionMilestones).where(eq(electionMilestones.id, id));
    },
    async completions(milestoneIds, withinPath) {
      if (milestoneIds.length === 0) return [];
      return db
        .select()
        .from(milestoneCompletions)
        .where(
          and(
            inArray(milestoneCompletions.milestoneId, milestoneIds),
            like(milestoneCompletions.unitPath, `${likeEscape(withinPath)}%`),
          ),
        )
        .orderBy(asc(milestoneCompletions.doneOn));
    },
    async saveCompletion(c) {
      await db
        .insert(milestoneCompletions)
        .values(c)
        .onConflictDoUpdate({
          target: [milestoneCompletions.milestoneId, milestoneCompletions.unitId],
          set: {
            id: c.id,
            unitPath: c.unitPath,
            doneOn: c.doneOn,
            photoKey: c.photoKey,
            photoType: c.photoType,
            note: c.note,
            createdBy: c.createdBy,
            createdAt: c.createdAt,
          },
        });
    },
    async deleteCompletion(id) {
      await db.delete(milestoneCompletions).where(eq(milestoneCompletions.id, id));
    },
  };
}
