import { DatePicker, Flex, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { formatDate } from '../../components/format';
import { useT } from '../../i18n/i18n';
import { today } from '../../../contracts/weeks';
import { currentPhase, usePhases, type PlanPhase } from '../reports/phases.api';
import type { Range } from './progress.api';
import { defaultRange } from './use-view';

/** Typed dates are read as officials write them: 16/05/2022, or 16/5/2022. */
const TYPED = ['DD/MM/YYYY', 'D/M/YYYY', 'DD/MM/YY'];

/** The phases grouped under their plan, newest first, each with its dates and year. */
function phaseOptions(phases: PlanPhase[], label: (p: PlanPhase) => string) {
  const byPlan = new Map<
    string,
    { label: string; options: Array<{ value: string; label: string }> }
  >();
  phases.forEach((p, i) => {
    const group = byPlan.get(p.planId) ?? { label: p.planLabel, options: [] };
    group.options.push({ value: String(i), label: label(p) });
    byPlan.set(p.planId, group);
  });
  return [...byPlan.values()];
}

/**
 * A date range typed (dd/MM/yyyy) or picked, with quick presets (12 weeks, the current phase,
 * this year) and a select of every plan phase the user can see, across years.
 */
export function RangeBar(props: { value: Range | null; onChange: (r: Range) => void }) {
  const { value, onChange } = props;
  const t = useT();
  const phases = usePhases().data ?? [];
  const day = today();
  const current = currentPhase(phases, day);
  const year = day.slice(0, 4);
  const presets: Array<{ label: string; value: Range }> = [
    { label: t('range.last12'), value: defaultRange() },
    ...(current
      ? [
          {
            label: t(current.from <= day && day <= current.to ? 'range.current' : 'range.latest', {
              name: current.name,
            }),
            value: { from: current.from, to: current.to },
          },
        ]
      : []),
    { label: t('range.thisYear'), value: { from: `${year}-01-01`, to: day } },
  ];
  const same = (r: Range) => r.from === value?.from && r.to === value.to;
  const picked = presets.findIndex((p) => same(p.value));
  const phase = phases.findIndex(same);

  return (
    <Flex gap={8} wrap align="center">
      <Typography.Text id="range-label">{t('range.label')}</Typography.Text>
      <DatePicker.RangePicker
        format={TYPED}
        allowClear={false}
        value={value ? [dayjs(value.from), dayjs(value.to)] : null}
        onChange={(dates) => {
          const [from, to] = dates ?? [];
          if (from && to)
            onChange({ from: from.format('YYYY-MM-DD'), to: to.format('YYYY-MM-DD') });
        }}
        aria-labelledby="range-label"
        data-testid="range-picker"
        style={{ maxWidth: 260 }}
      />
      <Select<number>
        value={picked >= 0 ? picked : undefined}
        onChange={(i) => {
          const preset = presets[i];
          if (preset) onChange(preset.value);
        }}
        options={presets.map((p, i) => ({ value: i, label: p.label }))}
        placeholder={t('range.presets')}
        aria-label={t('range.presets')}
        data-testid="range-presets"
        popupMatchSelectWidth={false}
        style={{ minWidth: 150, maxWidth: '100%' }}
      />
      <Select<string>
        value={phase >= 0 ? String(phase) : undefined}
        onChange={(i) => {
          const p = phases[Number(i)];
          if (p) onChange({ from: p.from, to: p.to });
        }}
        showSearch={{ optionFilterProp: 'label' }}
        options={phaseOptions(phases, (p) =>
          t('range.phaseOption', { name: p.name, from: formatDate(p.from), to: formatDate(p.to) }),
        )}
        placeholder={t('range.byPhase')}
        aria-label={t('range.byPhase')}
        data-testid="range-phase"
        popupMatchSelectWidth={false}
        style={{ minWidth: 200, maxWidth: '100%' }}
      />
    </Flex>
  );
}
