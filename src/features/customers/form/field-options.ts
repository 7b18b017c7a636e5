import type { ReferenceData } from '../../reference';
import type { OptionSource } from '../fields';

export type SelectOption = { value: string | number; label: string };

/** Each reference list as options of a select, by the list's name. */
export type FieldOptions = Partial<Record<OptionSource, SelectOption[]>>;

/**
 * Select options from the reference lists. Rate groups and localizations belong to a
 * reseller (or the carrier, null); a customer may only use its own reseller's.
 */
export function fieldOptions(reference: ReferenceData, resellerId: number | null): FieldOptions {
  const own = <T extends { resellerId: number | null }>(items: T[]) => items.filter((i) => i.resellerId === resellerId);
  return {
    resellers: reference.resellers.map((r) => ({ value: r.id, label: r.name })),
    rateGroups: own(reference.rateGroups).map((g) => ({ value: g.id, label: g.name })),
    localizations: own(reference.localizations).map((l) => ({ value: l.id, label: l.name })),
    taxes: reference.taxes.map((t) => ({ value: t.id, label: t.name })),
    countries: reference.countries.map((c) => ({ value: c.id, label: c.name })),
    timezones: reference.timezones.map((t) => ({ value: t.id, label: t.name })),
    currencies: reference.currencies.map((c) => ({ value: c.id, label: `${c.id} · ${c.name}` })),
  };
}
