import { DateInput, type DateInputProps } from '@mantine/dates';
import '@mantine/dates/styles.css';
import { forwardRef } from 'react';

/** Mantine's date input, in its own chunk: the calendar is not needed for the form to be ready. */
const DateField = forwardRef<HTMLInputElement, Omit<DateInputProps, 'onChange' | 'value'> & {
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
      // Typing "2027-03-31" works as well as picking a day.
      dateParser={(input) => {
        const iso = /^\d{4}-\d{2}-\d{2}$/.test(input.trim()) ? input.trim() : null;
        if (iso) return iso;
        const parsed = new Date(input);
        return Number.isNaN(parsed.getTime()) ? null : parsed.toISOString().slice(0, 10);
      }}
    />
  );
});

export default DateField;
