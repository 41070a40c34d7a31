import { DatePicker } from 'antd';
import dayjs from 'dayjs';

interface DateFieldProps {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  placeholder?: string;
  disabled?: boolean;
  'aria-label'?: string;
  'data-testid'?: string;
}

/** A civil date picked as dd/MM/yyyy and held as the API's YYYY-MM-DD (or null). */
export function DateField({ value, onChange, ...props }: DateFieldProps) {
  return (
    <DatePicker
      {...props}
      format="DD/MM/YYYY"
      value={value ? dayjs(value) : null}
      onChange={(d) => onChange?.(d ? d.format('YYYY-MM-DD') : null)}
      style={{ width: '100%' }}
    />
  );
}
