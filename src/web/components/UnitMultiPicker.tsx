import { useMemo, useState } from 'react';
import { useQueries } from '@tanstack/react-query';
import { Flex, Select, Spin, Typography } from 'antd';
import { api } from '../api/client';
import { unitKeys, useUnitSearch } from '../features/units/units.api';
import { useT } from '../i18n/i18n';
import { useDebounced } from './use-debounced';

interface Option {
  value: string;
  label: string;
  /** Where the unit sits: its parents' names, nearest first. */
  trail?: string;
}

interface UnitMultiPickerProps {
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
  placeholder?: string;
  'aria-label'?: string;
  'data-testid'?: string;
}

/** Picks several units of the user's subtree by typing part of each name (diacritics optional). */
export function UnitMultiPicker({ value, onChange, ...props }: UnitMultiPickerProps) {
  const t = useT();
  const [query, setQuery] = useState('');
  const q = useDebounced(query.trim());
  const search = useUnitSearch(q, 20);
  const chosen = useMemo(() => value ?? [], [value]);
  // The names of units already chosen (a saved plan holds only their ids).
  const details = useQueries({
    queries: chosen.map((id) => ({
      queryKey: unitKeys.detail(id),
      queryFn: () => api.get('/units/{id}', { path: { id } }),
      retry: false,
      staleTime: 5 * 60_000,
    })),
  });
  const known = details.flatMap((d) =>
    d.data ? [{ value: d.data.unit.id, label: d.data.unit.name }] : [],
  );
  const options = useMemo(() => {
    const found: Option[] = (q ? (search.data ?? []) : [])
      .filter((u) => u.active)
      .map((u) => ({ value: u.id, label: u.name, trail: u.trail?.join(' — ') }));
    const current: Option[] = chosen.map(
      (id) =>
        known.find((o) => o.value === id) ??
        found.find((o) => o.value === id) ?? { value: id, label: t('unitPicker.loading') },
    );
    return [...current, ...found.filter((o) => !chosen.includes(o.value))];
  }, [q, search.data, chosen, known, t]);

  return (
    <Select<string[], Option>
      {...props}
      mode="multiple"
      value={chosen}
      showSearch={{ filterOption: false, onSearch: setQuery }}
      options={options}
      placeholder={props.placeholder ?? t('unitPicker.placeholder')}
      notFoundContent={search.isFetching ? <Spin size="small" /> : q ? t('unitPicker.empty') : null}
      onChange={(v) => {
        setQuery('');
        onChange?.(v);
      }}
      optionRender={(option) => (
        <Flex vertical>
          <span>{option.label}</span>
          {option.data.trail && (
            <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'normal' }}>
              {option.data.trail}
            </Typography.Text>
          )}
        </Flex>
      )}
      style={{ width: '100%' }}
    />
  );
}
