import { DatePicker, type DatePickerProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { movementsMessages as t } from './messages.vi';

/** Display format first; the others are accepted when typed (“1/7/2025”, “01072025”). */
const DATE_FORMATS = ['DD/MM/YYYY', 'D/M/YYYY', 'DDMMYYYY'];

/**
 * Form.Item props for a date kept as ISO text in the form (what the API takes); only the picker
 * sees dayjs values.
 */
export const isoDateItemProps = {
  getValueProps: (value: string | null | undefined) => ({ value: value ? dayjs(value) : null }),
  normalize: (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : null),
};

/** A date typed as dd/mm/yyyy (or picked); used inside a Form.Item with `isoDateItemProps`. */
export function DateInput(props: Omit<DatePickerProps, 'format' | 'placeholder'>) {
  return (
    <DatePicker
      {...props}
      format={DATE_FORMATS}
      placeholder={t.datePlaceholder}
      style={{ width: '100%' }}
    />
  );
}
