import { useMemo, useState } from 'react';
import { Flex, Select, Spin, Typography } from 'antd';
import { useUnitSearch } from '../features/units/units.api';
import { useT } from '../i18n/i18n';
import { kindLabel, type UnitKind } from './labels';
import { useDebounced } from './use-debounced';

export interface UnitOption {
  value: string;
  label: string;
  kind?: UnitKind;
  /** Where the unit sits: its parents' names, nearest first, joined for reading. */
  trail?: string;
}

interface UnitPickerProps {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  /** How to show the current value before anything was searched (e.g. the user's unit name). */
  initialOption?: UnitOption;
  /** A unit that may not be picked (a unit cannot become its own parent). */
  excludeId?: string;
  allowClear?: boolean;
  disabled?: boolean;
  placeholder?: string;
  /** Hears the whole option picked (its name too), or undefined when cleared. */
  onPick?: (option: UnitOption | undefined) => void;
  'aria-label'?: string;
  'data-testid'?: string;
}

/**
 * Picks a unit of the user's subtree by typing part of its name (diacritics optional); each
 * option says where the unit sits, so two units of one name are told apart.
 */
export function UnitPicker({
  initialOption,
  excludeId,
  onChange,
  onPick,
  ...props
}: UnitPickerProps) {
  const t = useT();
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState<UnitOption | undefined>(initialOption);
  const q = useDebounced(query.trim());
  const search = useUnitSearch(q, 20);

  const options = useMemo(() => {
    const found: UnitOption[] = (q ? (search.data ?? []) : [])
      .filter((u) => u.id !== excludeId && u.active)
      .map((u) => ({ value: u.id, label: u.name, kind: u.kind, trail: u.trail?.join(' — ') }));
    const current = picked && !found.some((o) => o.value === picked.value) ? [picked] : [];
    return [...current, ...found];
  }, [q, search.data, excludeId, picked]);

  return (
    <Select<string, UnitOption>
      {...props}
      showSearch={{ filterOption: false, onSearch: setQuery }}
      options={options}
      placeholder={props.placeholder ?? t('unitPicker.placeholder')}
      notFoundContent={search.isFetching ? <Spin size="small" /> : q ? t('unitPicker.empty') : null}
      onChange={(value, option) => {
        const one = Array.isArray(option) ? undefined : option;
        setPicked(one);
        onChange?.(value);
        onPick?.(one);
      }}
      optionRender={(option) => (
        <Flex vertical>
          <span>{option.data.label}</span>
          {(option.data.kind ?? option.data.trail) && (
            <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'normal' }}>
              {[option.data.kind && kindLabel(t, option.data.kind), option.data.trail]
                .filter(Boolean)
                .join(' · ')}
            </Typography.Text>
          )}
        </Flex>
      )}
      style={{ width: '100%' }}
    />
  );
}
