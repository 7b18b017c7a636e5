import { TextInput, type TextInputProps } from '@mantine/core';
import { forwardRef, useState } from 'react';

export interface IntegerInputProps extends Omit<TextInputProps, 'value' | 'onChange'> {
  /** A whole number of 0 or more, or '' while empty. */
  value: number | '';
  onChange: (value: number | '') => void;
}

const grouping = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/**
 * A whole number of 0 or more (channels, days): digits only, "36,500" once typed, and the
 * arrow keys step by one. A text input, like MoneyInput, rather than Mantine's NumberInput,
 * whose formatting library would weigh on the first screen more than this whole field.
 */
export const IntegerInput = forwardRef<HTMLInputElement, IntegerInputProps>(function IntegerInput(
  { value, onChange, onFocus, onBlur, onKeyDown, readOnly, ...props },
  ref,
) {
  const [focused, setFocused] = useState(false);
  const text = value === '' || value === null || value === undefined ? '' : focused ? String(value) : grouping.format(value);
  return (
    <TextInput
      {...props}
      ref={ref}
      value={text}
      readOnly={readOnly}
      inputMode="numeric"
      autoComplete="off"
      onChange={(event) => {
        const digits = event.currentTarget.value.replace(/\D/g, '');
        onChange(digits === '' ? '' : Number(digits));
      }}
      onFocus={(event) => {
        setFocused(true);
        onFocus?.(event);
      }}
      onBlur={(event) => {
        setFocused(false);
        onBlur?.(event);
      }}
      onKeyDown={(event) => {
        onKeyDown?.(event);
        if (readOnly || event.defaultPrevented || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
        event.preventDefault();
        const current = value === '' ? 0 : value;
        onChange(event.key === 'ArrowUp' ? current + 1 : Math.max(0, current - 1));
      }}
    />
  );
});
