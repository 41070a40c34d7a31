import { PlanContentSchema } from '../../contracts/plans.contract';
import { PART_LABELS } from '../../extract/part-labels';

/**
 * The draft plan as a plan can hold it. A part the document gives beyond a plan's limits (a
 * "title" that is a whole page, more phases than a plan has) is left out of the draft with a
 * warning naming it, so the officer corrects it; the rest of the draft is kept as read.
 */
export function fitPlanDraft<T extends object>(
  content: T,
): { content: Partial<T>; warnings: string[] } {
  const parsed = PlanContentSchema.partial().safeParse(content);
  if (parsed.success) return { content, warnings: [] };
  const bad = new Set(parsed.error.issues.map((i) => String(i.path[0])));
  const kept = Object.fromEntries(Object.entries(content).filter(([k]) => !bad.has(k)));
  return {
    content: kept as Partial<T>,
    warnings: [...bad].map(
      (k) =>
        `Mục ${PART_LABELS[k] ?? k} đọc được vượt giới hạn của một kế hoạch (quá dài hoặc quá nhiều): hãy sửa mục này trước khi lưu.`,
    ),
  };
}
