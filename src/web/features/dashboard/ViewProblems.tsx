import { Alert } from 'antd';
import type { ViewProblem } from '../../components/view-state';
import { useT } from '../../i18n/i18n';

/** What in the address could not be read, by the label of its field, and what is shown instead. */
export function ViewProblems({ problems }: { problems: ViewProblem[] }) {
  const t = useT();
  if (problems.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="view-problems"
      title={t('view.problemsTitle')}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {problems.map((p) => (
            <li key={p.field}>{t(`view.bad.${p.field}`, { value: p.value })}</li>
          ))}
        </ul>
      }
    />
  );
}
