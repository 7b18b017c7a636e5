import { DateInput, type DateInputProps } from '@mantine/dates';
import '@mantine/dates/styles.css';
import dayjs from 'dayjs';
import { forwardRef } from 'react';

/** Mantine's date input, holding the date as "YYYY-MM-DD" (as the API sends it). */
export const DateField = forwardRef<HTMLInputElement, Omit<DateInputProps, 'onChange' | 'value'> & {
  value: string | null;
  onChange: (value: string | null) => void;
}>(function DateField({ value, onChange, ...props }, ref) {
  return (
    <DateInput
      {...props}
      ref={ref}
      value={value}
      onChange={onChange}
      valueFormat="D MMM YYYY"
      popoverProps={{ withinPortal: true }}
      // Typing "2027-03-31" works as well as picking a day or typing "31 Mar 2027". The day
      // is read in local time: through UTC, east of Greenwich "1 Mar" would become 28 Feb.
      dateParser={(input) => {
        const iso = /^\d{4}-\d{2}-\d{2}$/.test(input.trim()) ? input.trim() : null;
        if (iso) return iso;
        const parsed = dayjs(new Date(input));
        return parsed.isValid() ? parsed.format('YYYY-MM-DD') : null;
      }}
    />
  );
});
