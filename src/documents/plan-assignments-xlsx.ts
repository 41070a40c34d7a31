import { planNumberText, type Plan } from '../domain/plans/plan';
import { CHANNEL_LABELS } from '../domain/plans/channel-labels';

/** The assignments of a plan as one sheet: one row per task, for tracking in a spreadsheet. */
export function planAssignmentsWorkbook(plan: Plan) {
  const rows = plan.assignments.flatMap((a) =>
    a.tasks.map((t) => ({
      unit: a.unitName,
      task: t.text,
      channel: t.channel ? CHANNEL_LABELS[t.channel] : '',
      frequency:
        t.frequencyText ??
        (t.recurrence
          ? `${t.recurrence.count} lần/${t.recurrence.per === 'week' ? 'tuần' : 'tháng'}`
          : ''),
      deadline: t.deadline,
      target: t.target ?? '',
    })),
  );
  return [
    {
      name: 'Phân công',
      title: `Phân công nhiệm vụ — Kế hoạch ${planNumberText(plan) ?? '(dự thảo)'}: ${plan.title}`,
      columns: [
        { header: 'Đơn vị', key: 'unit', width: 30 },
        { header: 'Nhiệm vụ', key: 'task', width: 70 },
        { header: 'Kênh', key: 'channel', width: 22 },
        { header: 'Tần suất', key: 'frequency', width: 22 },
        { header: 'Hạn', key: 'deadline', width: 14, format: 'date' as const },
        { header: 'Chỉ tiêu', key: 'target', width: 20 },
      ],
      rows,
    },
  ];
}
