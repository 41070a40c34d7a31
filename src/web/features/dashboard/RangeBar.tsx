import { DatePicker, Flex, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useSearchParams } from 'react-router-dom';
import { formatDate } from '../../components/format';
import { useT } from '../../i18n/i18n';
import { shiftDay, today, weekStart } from '../reports/iso-week';
import { currentPhase, usePhases } from '../reports/phases.api';
import type { Range } from './progress.api';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** The last 12 weeks, this one included. */
export const defaultRange = (): Range => ({
  from: shiftDay(weekStart(today()), -7 * 11),
  to: today(),
});

/** The range in the address (?from=&to=), so that drill-downs and the back button keep it. */
export function useRangeParam(): [Range, (r: Range) => void] {
  const [params, setParams] = useSearchParams();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const range = ISO.test(from) && ISO.test(to) && from <= to ? { from, to } : defaultRange();
  const setRange = (r: Range) =>
    setParams((p) => {
      p.set('from', r.from);
      p.set('to', r.to);
      return p;
    });
  return [range, setRange];
}

/** A date range with presets: 12 weeks, the current phase, this year, and every plan phase. */
export function RangeBar({ value, onChange }: { value: Range; onChange: (r: Range) => void }) {
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
    ...phases.map((p) => ({
      label: `${p.name}: ${formatDate(p.from)}–${formatDate(p.to)}`,
      value: { from: p.from, to: p.to },
    })),
  ];
  const picked = presets.findIndex((p) => p.value.from === value.from && p.value.to === value.to);

  return (
    <Flex gap={8} wrap align="center">
      <Typography.Text id="range-label">{t('range.label')}</Typography.Text>
      <DatePicker.RangePicker
        format="DD/MM/YYYY"
        allowClear={false}
        value={[dayjs(value.from), dayjs(value.to)]}
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
        style={{ minWidth: 180, maxWidth: '100%' }}
      />
    </Flex>
  );
}
