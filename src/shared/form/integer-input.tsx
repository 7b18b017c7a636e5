import { NumberInput, type NumberInputProps } from '@mantine/core';

export type IntegerInputProps = Omit<
  NumberInputProps,
  'allowDecimal' | 'allowNegative' | 'clampBehavior' | 'min' | 'max' | 'thousandSeparator' | 'allowedDecimalSeparators'
>;

/**
 * Mantine's NumberInput for whole numbers (channels, calls per second, days), set so that it
 * never rewrites what the operator typed: the decimal point and the minus sign go through,
 * nothing is clamped on blur, and the form's rule says what is wrong ("Enter a whole number",
 * the lower limit). Valid input reaches the form as a number; an unfinished one ("-", "1.")
 * as the text typed, '' when empty.
 *
 * Thousands are grouped ("36,500"); only "." is a decimal point, so a typed "1,000" is a
 * thousand and never 1.000.
 */
export function IntegerInput(props: IntegerInputProps) {
  return (
    <NumberInput
      autoComplete="off"
      {...props}
      allowDecimal
      allowNegative
      clampBehavior="none"
      thousandSeparator=","
      allowedDecimalSeparators={['.']}
    />
  );
}
