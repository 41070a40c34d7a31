import type { FieldIssue } from '../shared/domain-error';
import { formatDateVi } from '../shared/dates';
import type { PlanContent } from './plan';
import { assignsUnits } from './assignment-units';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * What is wrong with a plan's content, each with the path of the offending field: a period that
 * ends before it starts, a phase outside the period, a deadline outside it, a task without text.
 */
export function planContentIssues(plan: PlanContent): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const { periodFrom: from, periodTo: to } = plan;
  if (from && to && to < from) {
    issues.push({
      path: 'periodTo',
      message: `Ngày kết thúc (${formatDateVi(to)}) trước ngày bắt đầu (${formatDateVi(from)}).`,
    });
  }
  plan.phases.forEach((p, i) => {
    if (!p.name.trim())
      issues.push({ path: `phases.${i}.name`, message: 'Đặt tên cho đợt (ví dụ "Đợt 1").' });
    if (!ISO.test(p.from) || !ISO.test(p.to))
      issues.push({ path: `phases.${i}.from`, message: 'Đợt cần có ngày bắt đầu và kết thúc.' });
    else if (p.to < p.from)
      issues.push({
        path: `phases.${i}.to`,
        message: `${p.name}: ngày kết thúc trước ngày bắt đầu.`,
      });
    else if ((from && p.from < from) || (to && p.to > to)) {
      issues.push({
        path: `phases.${i}`,
        message: `${p.name} (${formatDateVi(p.from)}–${formatDateVi(p.to)}) nằm ngoài thời gian của kế hoạch.`,
      });
    }
  });
  plan.assignments.forEach((a, i) => {
    a.tasks.forEach((t, j) => {
      const path = `assignments.${i}.tasks.${j}`;
      if (!t.text.trim())
        issues.push({ path: `${path}.text`, message: 'Nhiệm vụ chưa có nội dung.' });
      if (t.deadline && ((from && t.deadline < from) || (to && t.deadline > to))) {
        issues.push({
          path: `${path}.deadline`,
          message: `Hạn ${formatDateVi(t.deadline)} nằm ngoài thời gian của kế hoạch.`,
        });
      }
      if (t.recurrence && t.recurrence.count < 1)
        issues.push({ path: `${path}.recurrence`, message: 'Tần suất phải từ 1 lần trở lên.' });
    });
  });
  return issues;
}

/** What must be filled in before a plan can be issued (on top of `planContentIssues`). */
export function planIssueReadinessIssues(plan: PlanContent): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!plan.title.trim()) issues.push({ path: 'title', message: 'Kế hoạch chưa có trích yếu.' });
  if (!plan.periodFrom || !plan.periodTo)
    issues.push({ path: 'periodFrom', message: 'Kế hoạch cần có thời gian thực hiện.' });
  if (!plan.signer.name.trim()) issues.push({ path: 'signer.name', message: 'Ghi người ký.' });
  // Drafts may hold half-written rows; they must be complete before the plan leaves its drafter.
  plan.phases.forEach((p, i) => {
    if (!p.name.trim())
      issues.push({ path: `phases.${i}.name`, message: 'Đặt tên cho đợt (ví dụ "Đợt 1").' });
  });
  plan.assignments.forEach((a, i) =>
    a.tasks.forEach((t, j) => {
      if (!t.text.trim())
        issues.push({
          path: `assignments.${i}.tasks.${j}.text`,
          message: 'Nhiệm vụ chưa có nội dung.',
        });
    }),
  );
  plan.assignments.forEach((a, i) => {
    // A group outside Loa ("các cơ quan trên địa bàn") may be named without a unit; it gets no tasks.
    if (!a.unitName.trim() && !assignsUnits(a))
      issues.push({
        path: `assignments.${i}.unitName`,
        message: 'Ghi tên hoặc chọn đơn vị được giao.',
      });
  });
  return issues;
}
