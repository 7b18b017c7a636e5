import { moneyToInput } from '../../../shared/format/money';
import type { Customer } from '../customer-schema';
import { customerFields, type AnyFieldSpec } from '../fields';
import type { SectionSlug } from '../sections';

/** What a form holds: raw input values keyed by JSON field name. */
export type FormValues = Record<string, unknown>;

/** The form value of one field from the API value (money as editable text, no nulls in text inputs). */
function toFormValue(f: AnyFieldSpec, value: unknown, currency: string): unknown {
  switch (f.input) {
    case 'password':
      // The API never returns a password; only the create form starts with a generated one.
      return value ?? '';
    case 'money':
      return moneyToInput(value as string | null, currency);
    case 'integer':
      return value ?? '';
    case 'select':
    case 'date':
    case 'datetime':
      return value ?? null;
    case 'multi-select':
      return value ?? [];
    case 'switch':
      return Boolean(value);
    default:
      return value ?? '';
  }
}

/**
 * A section's form values for a customer. Money is stored in the base currency (ASTPP's
 * `system.base_currency`), not the customer's: it is edited with that currency's digits.
 */
export function sectionFormValues(section: SectionSlug, customer: Partial<Customer>, baseCurrency: string): FormValues {
  return Object.fromEntries(
    customerFields
      .filter((f) => f.section === section)
      .map((f) => [f.name, toFormValue(f, (customer as Record<string, unknown>)[f.name], baseCurrency)]),
  );
}

/** Whether two field values are the same (plain JSON data: strings, numbers, arrays, null). */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * The PATCH body: validated values that differ from the record the form edits (the customer
 * in the cache, whose ETag goes with them). Only those: a save never sends, with stale
 * values, fields the user did not change.
 */
export function changedFields(validated: FormValues, base: Partial<Customer>): FormValues {
  const changes: FormValues = {};
  for (const [name, value] of Object.entries(validated)) {
    if (name === 'password') {
      if (value) changes.password = value;
    } else if (!sameValue(value, (base as Record<string, unknown>)[name])) {
      changes[name] = value;
    }
  }
  return changes;
}
