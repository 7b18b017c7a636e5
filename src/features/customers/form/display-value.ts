import { formatDate, formatDateTime } from '../../../shared/format/dates';
import { formatMoney, parseMoney } from '../../../shared/format/money';
import type { FieldOptions } from './field-options';
import type { AnyFieldSpec, OptionSource } from '../fields';

/**
 * A field's value as an operator reads it: option labels, formatted money and dates, Yes/No.
 * Money is in `currency`, the base currency it is stored in, shown with its code.
 */
export function displayValue(field: AnyFieldSpec, value: unknown, options: FieldOptions, currency: string): string {
  if (field.input === 'password') return value ? '•••••••• (new password)' : 'unchanged';
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return '—';
  switch (field.input) {
    case 'switch':
      return value ? 'Yes' : 'No';
    case 'money': {
      const parsed = parseMoney(String(value));
      return parsed.ok ? formatMoney(parsed.value, currency) : String(value);
    }
    case 'date':
      return formatDate(String(value));
    case 'datetime':
      return formatDateTime(String(value));
    case 'integer':
      return typeof value === 'number' ? value.toLocaleString() : String(value);
    case 'select':
    case 'multi-select': {
      const list = Array.isArray(field.options) ? field.options : (options[field.options as OptionSource] ?? []);
      const label = (v: unknown) => list.find((o) => String(o.value) === String(v))?.label ?? String(v);
      return Array.isArray(value) ? value.map(label).join(', ') : label(value);
    }
    default:
      return String(value);
  }
}
