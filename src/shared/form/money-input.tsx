import { TextInput, type TextInputProps } from '@mantine/core';
import { forwardRef, useState } from 'react';
import { formatMoney, moneyToInput, parseMoney } from '../format/money';

export interface MoneyInputProps extends Omit<TextInputProps, 'value' | 'onChange' | 'leftSection'> {
  value: string;
  onChange: (value: string) => void;
  currency: string;
}

/**
 * An amount as text (never a float), with the currency's ISO code in front: the code, not a
 * symbol, since an amount in the base currency must not read as the customer's own dollars.
 * On blur a valid amount is tidied ("1,234.5" → "1234.50"); an invalid one is left as typed
 * for the error message to explain. The formatted amount, with its code, is shown under the
 * field, which is how a screen reader hears the currency.
 */
export const MoneyInput = forwardRef<HTMLInputElement, MoneyInputProps>(function MoneyInput(
  { value, onChange, currency, onBlur, description, error, ...props },
  ref,
) {
  const [focused, setFocused] = useState(false);
  const parsed = parseMoney(value ?? '');
  const formatted = parsed.ok && !error ? formatMoney(parsed.value, currency) : undefined;
  return (
    <TextInput
      {...props}
      ref={ref}
      value={value ?? ''}
      inputMode="decimal"
      autoComplete="off"
      error={error}
      leftSection={<span aria-hidden="true">{currency}</span>}
      leftSectionWidth={Math.max(36, currency.length * 10 + 22)}
      description={
        formatted && !focused ? (
          <>
            {description ? <>{description} · </> : null}
            <span>{formatted}</span>
          </>
        ) : (
          description
        )
      }
      onFocus={(event) => {
        setFocused(true);
        props.onFocus?.(event);
      }}
      onChange={(event) => onChange(event.currentTarget.value)}
      onBlur={(event) => {
        setFocused(false);
        if (parsed.ok) {
          const tidy = moneyToInput(parsed.value, currency);
          if (tidy !== value) onChange(tidy);
        }
        onBlur?.(event);
      }}
    />
  );
});
