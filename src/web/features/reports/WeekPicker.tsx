import { Button, Flex, Select } from 'antd';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useT } from '../../i18n/i18n';
import { shiftWeek, today } from '../../../contracts/weeks';
import { formatWeek } from '../../components/format';
import { weeksOfYear } from './week-label';

/** The first year offered: the 2016 general election's outreach. */
const FIRST_YEAR = 2016;

/**
 * Picks an ISO week ("2022-W20") by year and week, each a select (the week's can be typed: "20"
 * finds "Tuần 20 (16/05–22/05/2022)"), with buttons for the week before and after.
 */
export function WeekPicker({ value, onChange }: { value: string; onChange: (w: string) => void }) {
  const t = useT();
  const year = Number(value.slice(0, 4));
  const last = Math.max(Number(today().slice(0, 4)) + 1, year);
  const years = Array.from({ length: last - FIRST_YEAR + 1 }, (_, i) => last - i);
  const weekIn = (y: number) => {
    const keys = weeksOfYear(y);
    const same = `${y}${value.slice(4)}`;
    return keys.includes(same) ? same : (keys[keys.length - 1] ?? same);
  };
  return (
    <Flex gap={4} align="center" wrap>
      <Button
        icon={<LeftOutlined />}
        aria-label={t('week.previous')}
        onClick={() => onChange(shiftWeek(value, -1))}
      />
      <Select<number>
        value={year}
        onChange={(y) => onChange(weekIn(y))}
        options={years.map((y) => ({ value: y, label: String(y) }))}
        aria-label={t('week.year')}
        data-testid="week-year"
        style={{ width: 88 }}
      />
      <Select<string>
        value={value}
        onChange={onChange}
        showSearch={{ optionFilterProp: 'label' }}
        options={weeksOfYear(year).map((k) => ({ value: k, label: formatWeek(t, k) }))}
        aria-label={t('week.pick')}
        data-testid="week-picker"
        popupMatchSelectWidth={false}
        style={{ minWidth: 210 }}
      />
      <Button
        icon={<RightOutlined />}
        aria-label={t('week.next')}
        onClick={() => onChange(shiftWeek(value, 1))}
      />
    </Flex>
  );
}
