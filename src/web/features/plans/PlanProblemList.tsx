import { Alert } from 'antd';
import type { FieldProblem } from '../../api/client';
import { useT } from '../../i18n/i18n';
import { planProblemLines } from './plan-field-labels';

/** A banner listing each problem by the field's label: "Đợt 1 — Từ ngày: chưa nhập ngày." */
export function PlanProblemList({
  title,
  problems,
  testId,
}: {
  title: string;
  problems: FieldProblem[];
  testId: string;
}) {
  const t = useT();
  const lines = planProblemLines(t, problems);
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid={testId}
      title={title}
      description={
        lines.length > 0 && (
          <ul className="plan-problem-list">
            {lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        )
      }
    />
  );
}
