import { TextInput, type TextInputProps } from '@mantine/core';
import { forwardRef, useState } from 'react';
import { currencySymbol, formatMoney, moneyToInput, parseMoney } from '../format/money';

export interface MoneyInputProps extends Omit<TextInputProps, 'value' | 'onChange' | 'leftSection'> {
  value: string;
  onChange: (value: string) => void;
  currency: string;
}

/**
 * An amount as text (never a float), with the currency's symbol in front. On blur a valid
 * amount is tidied ("1,234.5" → "1234.50"); an invalid one is left as typed for the error
 * message to explain. The formatted amount is shown under the field.
 */
export const MoneyInput = forwardRef<HTMLInputElement, MoneyInputProps>(function MoneyInput(
  { value, onChange, currency, onBlur, description, error, ...props },
  ref,
) {
  const [focused, setFocused] = useState(false);
  const parsed = parseMoney(value ?? '');
  const formatted = parsed.ok && !error ? formatMoney(parsed.value, currency) : undefined;
  const symbol = currencySymbol(currency);
  return (
    <TextInput
      {...props}
      ref={ref}
      value={value ?? ''}
      inputMode="decimal"
      autoComplete="off"
      error={error}
      leftSection={<span aria-hidden="true">{symbol}</span>}
      leftSectionWidth={Math.max(36, symbol.length * 9 + 18)}
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
