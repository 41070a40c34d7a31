import { Button, DatePicker, Flex } from 'antd';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { formatWeek } from '../../components/format';
import { useT } from '../../i18n/i18n';
import { shiftWeek, weekKey, weekRange } from './iso-week';

/** Picks an ISO week ("Tuần 14 (04/04–10/04/2022)"), with buttons for the week before and after. */
export function WeekPicker({ value, onChange }: { value: string; onChange: (w: string) => void }) {
  const t = useT();
  const range = weekRange(value);
  return (
    <Flex gap={4} align="center">
      <Button
        icon={<LeftOutlined />}
        aria-label={t('week.previous')}
        onClick={() => onChange(shiftWeek(value, -1))}
      />
      <DatePicker
        picker="week"
        allowClear={false}
        value={range ? dayjs(range.from) : null}
        format={() => formatWeek(t, value)}
        onChange={(d) => d && onChange(weekKey(d.format('YYYY-MM-DD')))}
        aria-label={t('week.pick')}
        data-testid="week-picker"
        style={{ width: 210 }}
      />
      <Button
        icon={<RightOutlined />}
        aria-label={t('week.next')}
        onClick={() => onChange(shiftWeek(value, 1))}
      />
    </Flex>
  );
}
