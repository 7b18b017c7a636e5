import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { isResellerScoped, useReferenceData } from '../../reference';
import { customerFields, type AnyFieldSpec } from '../fields';
import { fieldOptions, type FieldOptions } from '../form/field-options';
import type { ProfileForms } from '../form/use-profile-forms';

/** Fields chosen from lists of the customer's reseller: Localization, Rate Group, NON-CLI Rate Group, Taxes. */
export const resellerChoiceFields: readonly AnyFieldSpec[] = customerFields.filter(
  (f) => typeof f.options === 'string' && isResellerScoped(f.options),
);

/**
 * The choices the given lists do not offer, each with what is left of it: null for a single
 * choice, the offered ones for Taxes. Empty when everything chosen is offered.
 */
export function choicesOutsideLists(valueOf: (name: string) => unknown, options: FieldOptions): Array<{ field: AnyFieldSpec; kept: unknown }> {
  return resellerChoiceFields.flatMap((field): Array<{ field: AnyFieldSpec; kept: unknown }> => {
    const offered = new Set((options[field.options as keyof FieldOptions] ?? []).map((o) => o.value));
    const value = valueOf(field.name);
    if (Array.isArray(value)) {
      const kept = value.filter((v) => offered.has(v as string | number));
      return kept.length === value.length ? [] : [{ field, kept }];
    }
    return value === null || value === undefined || offered.has(value as string | number) ? [] : [{ field, kept: null }];
  });
}

/** What the last change of Reseller cleared, and for which reseller. */
export interface ClearedChoices {
  resellerId: number | null;
  labels: string[];
}

/**
 * The create form's options, with the rate groups, localizations and taxes of the chosen
 * Reseller (null: the carrier's). When the admin picks another reseller, its lists are read
 * while the form keeps showing the last ones (useDeferredValue: no fallback over a filled-in
 * form); once they are in, the choices they do not offer are cleared and `cleared` says which.
 */
export function useResellerLists(forms: ProfileForms, resellerId: number | null) {
  const listsFor = useDeferredValue(resellerId);
  const reference = useReferenceData(listsFor);
  const options = useMemo(() => fieldOptions(reference), [reference]);
  const [cleared, setCleared] = useState<ClearedChoices | null>(null);

  // The form's values live in react-hook-form: bring them in line with the lists now shown.
  useEffect(() => {
    const valueOf = (name: string) => Object.values(forms).find(({ fields }) => fields.some((f) => f.name === name))?.form.getValues(name);
    const outside = choicesOutsideLists(valueOf, options);
    for (const { field, kept } of outside) forms[field.section].form.setValue(field.name, kept, { shouldDirty: true });
    if (outside.length) setCleared({ resellerId: listsFor, labels: outside.map(({ field }) => field.label) });
  }, [forms, options, listsFor]);

  return {
    options,
    /** What the change to the reseller now chosen cleared; null once another is chosen or it is dismissed. */
    cleared: cleared?.resellerId === resellerId ? cleared : null,
    dismissCleared: () => setCleared(null),
  };
}
