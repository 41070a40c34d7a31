import { Button, Flex, Typography } from 'antd';
import { useT } from '../../i18n/i18n';
import type { Channel } from '../plans/plan-labels';
import { useTasksMet } from './activities.api';

/** A task's first words: its full text is the plan's whole sentence. */
const shortTitle = (title: string): string =>
  title.length > 90 ? `${title.slice(0, 90).replace(/\s+\S*$/, '')}…` : title;

/**
 * Says, before saving, which open tasks the activity will count for, or that none will; and when
 * the only task on that channel is held by a unit below, offers to record it for that unit.
 */
export function TasksMetHint(props: {
  unitId: string;
  channel?: Channel;
  occurredOn?: string | null;
  onPickUnit: (unit: { value: string; label: string }) => void;
}) {
  const t = useT();
  const q = useTasksMet(props);
  if (!props.channel || !props.occurredOn || !q.data) return null;
  const { meets, holderBelow } = q.data;
  return (
    <div data-testid="activity-tasks-met" aria-live="polite" style={{ marginBottom: 12 }}>
      {meets.length > 0 ? (
        <>
          <Typography.Text strong>{t('act.meets')}</Typography.Text>
          <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
            {meets.map((w) => (
              <li key={`${w.taskId}:${w.key}`}>
                <Typography.Text ellipsis={{ tooltip: w.taskTitle }} style={{ maxWidth: '100%' }}>
                  {t('act.meetsItem', {
                    task: w.taskTitle,
                    issuer: w.issuerName,
                    assignee: w.assigneeName,
                    done: w.done,
                    required: w.required,
                  })}
                </Typography.Text>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <Typography.Text type="warning">{t('act.meetsNone')}</Typography.Text>
      )}
      {holderBelow && (
        <Flex
          vertical
          gap={6}
          align="flex-start"
          className="tasks-met-holder"
          style={{ marginTop: 8 }}
        >
          <Typography.Text type="secondary" style={{ whiteSpace: 'normal' }}>
            {t('act.holderBelow', {
              task: shortTitle(holderBelow.taskTitle),
              unit: holderBelow.unitName,
            })}
          </Typography.Text>
          <Button
            size="small"
            onClick={() =>
              props.onPickUnit({ value: holderBelow.unitId, label: holderBelow.unitName })
            }
            data-testid="activity-holder-below"
          >
            {t('act.holderBelowPick', { unit: holderBelow.unitName })}
          </Button>
        </Flex>
      )}
    </div>
  );
}
