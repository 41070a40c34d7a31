import { DomainError, type FieldIssue } from '../shared/domain-error';
import { formatDateVi } from '../shared/dates';
import type { PlanContent } from './plan';
import { assignsUnits } from './assignment-units';

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const NO_DATE = 'Chưa nhập ngày.';

// Each message says what is wrong with its own field; the field's label is the reader's to add
// ("Đợt 1 — Từ ngày: chưa nhập ngày"), so messages never repeat it.

function phaseIssues(plan: PlanContent): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const { periodFrom: from, periodTo: to } = plan;
  plan.phases.forEach((p, i) => {
    if (!p.name.trim())
      issues.push({ path: `phases.${i}.name`, message: 'Chưa đặt tên (ví dụ "Đợt 1").' });
    if (!ISO.test(p.from)) issues.push({ path: `phases.${i}.from`, message: NO_DATE });
    if (!ISO.test(p.to)) issues.push({ path: `phases.${i}.to`, message: NO_DATE });
    if (!ISO.test(p.from) || !ISO.test(p.to)) return;
    if (p.to < p.from)
      issues.push({
        path: `phases.${i}.to`,
        message: `Trước ngày bắt đầu của đợt (${formatDateVi(p.from)}).`,
      });
    else if ((from && p.from < from) || (to && p.to > to)) {
      issues.push({
        path: `phases.${i}`,
        message: `${formatDateVi(p.from)}–${formatDateVi(p.to)} nằm ngoài thời gian của kế hoạch.`,
      });
    }
  });
  return issues;
}

/**
 * What is inconsistent in a plan's content, each with the path of the offending field: a period
 * that ends before it starts, a phase without dates or outside the period, a deadline outside it,
 * a task without text. A draft may hold all of these; submitting and issuing refuse them.
 */
export function planContentIssues(plan: PlanContent): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const { periodFrom: from, periodTo: to } = plan;
  if (from && to && to < from) {
    issues.push({
      path: 'periodTo',
      message: `Trước ngày bắt đầu (${formatDateVi(from)}).`,
    });
  }
  issues.push(...phaseIssues(plan));
  plan.assignments.forEach((a, i) => {
    a.tasks.forEach((t, j) => {
      const path = `assignments.${i}.tasks.${j}`;
      if (!t.text.trim()) issues.push({ path: `${path}.text`, message: 'Chưa có nội dung.' });
      if (t.deadline && ((from && t.deadline < from) || (to && t.deadline > to))) {
        issues.push({
          path: `${path}.deadline`,
          message: `${formatDateVi(t.deadline)} nằm ngoài thời gian của kế hoạch.`,
        });
      }
      if (t.recurrence && (t.recurrence.count < 1 || t.recurrence.count > 100))
        issues.push({ path: `${path}.recurrence`, message: 'Tần suất phải từ 1 đến 100 lần.' });
    });
  });
  return issues;
}

/** What must be filled in before a plan can leave its drafter (on top of `planContentIssues`). */
export function planIssueReadinessIssues(plan: PlanContent): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!plan.title.trim()) issues.push({ path: 'title', message: 'Chưa nhập.' });
  if (!plan.periodFrom) issues.push({ path: 'periodFrom', message: NO_DATE });
  if (!plan.periodTo) issues.push({ path: 'periodTo', message: NO_DATE });
  if (!plan.signer.name.trim()) issues.push({ path: 'signer.name', message: 'Chưa ghi người ký.' });
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

/** Every reason a draft may not be submitted or issued yet, in the document's order. */
export function planSubmitIssues(plan: PlanContent): FieldIssue[] {
  return [...planIssueReadinessIssues(plan), ...planContentIssues(plan)];
}

/**
 * Refuses a draft that may not leave its drafter yet (to be submitted or issued), naming every
 * field to fix. Throws validation with one issue per field.
 */
export function refuseIncomplete(plan: PlanContent, action: 'trình duyệt' | 'ban hành'): void {
  const issues = planSubmitIssues(plan);
  if (issues.length)
    throw new DomainError(
      'validation',
      `Kế hoạch chưa ${action} được: còn ${issues.length} mục cần sửa.`,
      { issues },
    );
}
