import type { ReferenceData } from '../../reference';
import type { OptionSource } from '../fields';

export type SelectOption = { value: string | number; label: string };

/** Each reference list as options of a select, by the list's name. */
export type FieldOptions = Partial<Record<OptionSource, SelectOption[]>>;

/**
 * Select options from the reference lists. The rate groups, localizations and taxes are
 * already those of the customer's reseller (useReferenceData reads them for it).
 */
export function fieldOptions(reference: ReferenceData): FieldOptions {
  return {
    resellers: reference.resellers.map((r) => ({ value: r.id, label: r.name })),
    rateGroups: reference.rateGroups.map((g) => ({ value: g.id, label: g.name })),
    localizations: reference.localizations.map((l) => ({ value: l.id, label: l.name })),
    taxes: reference.taxes.map((t) => ({ value: t.id, label: t.name })),
    countries: reference.countries.map((c) => ({ value: c.id, label: c.name })),
    timezones: reference.timezones.map((t) => ({ value: t.id, label: t.name })),
    currencies: reference.currencies.map((c) => ({ value: c.id, label: `${c.id} · ${c.name}` })),
  };
}
