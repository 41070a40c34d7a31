import { DatePicker, Flex, Segmented, Select } from 'antd';
import dayjs from 'dayjs';
import { formatDate } from '../../components/format';
import { UnitPicker } from '../../components/UnitPicker';
import { useT } from '../../i18n/i18n';
import { useMe } from '../auth/session';
import { useUnitDetail } from '../units/units.api';
import { usePhases } from './phases.api';

export type SummaryMode = 'phase' | 'final' | 'dates';
export interface SummaryChoice {
  unitId: string;
  mode: SummaryMode;
  phase?: string;
  /** The plan the phase belongs to: phases of different years share names ("Đợt 1"). */
  planId?: string;
  from?: string;
  to?: string;
}

/** Picks what to sum up: which unit, and a plan phase, the whole period or any dates. */
export function SummaryControls(props: {
  value: SummaryChoice;
  onChange: (c: SummaryChoice) => void;
}) {
  const t = useT();
  const me = useMe();
  const { value, onChange } = props;
  const phases = usePhases();
  // A unit from the address is named once its detail arrives.
  const other = useUnitDetail(value.unitId === me.unit.id ? undefined : value.unitId).data?.unit;
  const unit = other ?? me.unit;
  // Every phase of every plan, all years, newest first: "Đợt 1 (15/02–15/03/2021) — 51/KH-UBND".
  const options = (phases.data ?? []).map((p) => ({
    value: `${p.planId}|${p.name}`,
    label: t('sum.phaseOption', {
      phase: p.name,
      from: formatDate(p.from).slice(0, 5),
      to: formatDate(p.to),
      plan: p.planLabel,
    }),
  }));
  const picked = value.phase
    ? (options.find((o) => o.value === `${value.planId ?? ''}|${value.phase ?? ''}`)?.value ??
      options.find((o) => o.value.endsWith(`|${value.phase ?? ''}`))?.value)
    : undefined;
  const set = (patch: Partial<SummaryChoice>) => onChange({ ...value, ...patch });
  return (
    <Flex gap={8} wrap align="center">
      <div style={{ flex: '1 1 240px', minWidth: 0, maxWidth: 360 }}>
        <UnitPicker
          key={unit.id}
          value={value.unitId}
          initialOption={{ value: unit.id, label: unit.name }}
          onChange={(unitId) => set({ unitId: unitId ?? me.unit.id })}
          aria-label={t('sum.unit')}
        />
      </div>
      <Segmented<SummaryMode>
        value={value.mode}
        onChange={(mode) => set({ mode })}
        options={[
          { value: 'phase', label: t('sum.modePhase') },
          { value: 'final', label: t('sum.modeFinal') },
          { value: 'dates', label: t('sum.modeDates') },
        ]}
        aria-label={t('sum.mode')}
      />
      {value.mode === 'phase' && (
        <Select
          value={picked}
          onChange={(v: string) => {
            const cut = v.indexOf('|');
            set({ planId: v.slice(0, cut), phase: v.slice(cut + 1) });
          }}
          loading={phases.isPending}
          options={options}
          showSearch={{ optionFilterProp: 'label' }}
          popupMatchSelectWidth={false}
          placeholder={t('sum.pickPhase')}
          aria-label={t('sum.phase')}
          data-testid="summary-phase"
          notFoundContent={t('sum.noPhases')}
          style={{ minWidth: 240, maxWidth: '100%' }}
        />
      )}
      {value.mode === 'dates' && (
        <DatePicker.RangePicker
          format="DD/MM/YYYY"
          value={value.from && value.to ? [dayjs(value.from), dayjs(value.to)] : null}
          onChange={(d) =>
            set({ from: d?.[0]?.format('YYYY-MM-DD'), to: d?.[1]?.format('YYYY-MM-DD') })
          }
          aria-label={t('sum.dates')}
        />
      )}
    </Flex>
  );
}
