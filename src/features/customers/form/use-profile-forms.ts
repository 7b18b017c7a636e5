import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import type { z } from 'zod';
import { useForm, type Resolver, type UseFormReturn } from 'react-hook-form';
import type { Settings } from '../../settings';
import { fieldsToCheck, sectionValidator, type Customer } from '../customer-schema';
import { fieldAccess, fieldsOfSection, type Audience, type RuleContext } from '../fields';
import type { SectionSlug } from '../sections';
import { sameValue, sectionFormValues, type FormValues } from './form-values';

export interface SectionForm {
  section: SectionSlug;
  form: UseFormReturn<FormValues>;
  /** Fields shown to this user, in order. */
  fields: ReturnType<typeof fieldsOfSection>;
}

export type ProfileForms = Record<SectionSlug, SectionForm>;

/** Fields of a section this user sees, and the names its form validates. */
export function sectionFields(section: SectionSlug, audience: Audience) {
  const fields = fieldsOfSection(section).filter((f) => fieldAccess(f, audience) !== 'hidden');
  const validated = fields.filter((f) => f.writable !== 'never').map((f) => f.name);
  return { fields, validated };
}

/** How a form follows a new baseline: untouched fields take its values, edits and errors stay. */
const followBaseline = { keepDirtyValues: true, keepDirty: true, keepErrors: true };

/**
 * Shows `values` in a section's form as what is saved: nothing left dirty, no errors. (A plain
 * `reset` would take the form's resetOptions, followBaseline, and keep the edits.)
 */
export function showAsSaved(form: UseFormReturn<FormValues>, values: FormValues) {
  form.reset(values, { keepDirtyValues: false, keepDirty: false, keepErrors: false });
}

const resolverOf = (validator: ReturnType<typeof sectionValidator>) =>
  zodResolver(validator as unknown as z.ZodType<FormValues, FormValues>) as unknown as Resolver<FormValues>;

/**
 * What a section's form checks. A new customer: every field. A saved one: the fields that
 * differ from the record (what Save would send) and those whose rules read them, as the API
 * does (fieldsToCheck): a stored value the operator did not touch, such as a pin longer than
 * today's setting, is shown as it is and does not stop the section from saving.
 */
export function sectionResolver(section: SectionSlug, names: readonly string[], saved: FormValues, ctx: RuleContext): Resolver<FormValues> {
  if (ctx.mode === 'create') return resolverOf(sectionValidator(section, names, ctx));
  const byChange = new Map<string, Resolver<FormValues>>();
  return (values, context, options) => {
    const changed = names.filter((name) => (name === 'password' ? Boolean(values.password) : !sameValue(values[name], saved[name])));
    const key = changed.join();
    let resolver = byChange.get(key);
    if (!resolver) {
      const checked = fieldsToCheck(changed).filter((name) => names.includes(name));
      resolver = resolverOf(sectionValidator(section, checked, ctx));
      byChange.set(key, resolver);
    }
    return resolver(values, context, options);
  };
}

export function useSectionForm(
  section: SectionSlug,
  baseline: Partial<Customer>,
  audience: Audience,
  settings: Settings,
): SectionForm {
  const { fields, validated } = useMemo(() => sectionFields(section, audience), [section, audience]);
  const values = useMemo(() => sectionFormValues(section, baseline, settings.baseCurrency), [section, baseline, settings.baseCurrency]);
  const resolver = useMemo(
    () => sectionResolver(section, validated, values, { settings, mode: audience.mode }),
    [section, validated, values, settings, audience.mode],
  );
  const form = useForm<FormValues>({
    // The form follows `values` when the baseline changes; what the user edited stays theirs.
    values,
    resetOptions: followBaseline,
    resolver,
    mode: 'onTouched',
    reValidateMode: 'onChange',
  });
  return useMemo(() => ({ section, form, fields }), [section, form, fields]);
}

/**
 * One form per profile section, all owned here so that each keeps its edits while another
 * tab is shown or saved. `baseline` is the record the forms edit (the customer in the query
 * cache, or a new customer's defaults): when it changes (a save, a conflict's reload), fields
 * the user has not touched follow it, edited ones keep the user's value. Hooks are called in
 * the fixed order of `sections`.
 */
export function useProfileForms(baseline: Partial<Customer>, audience: Audience, settings: Settings): ProfileForms {
  const panelAccess = useSectionForm('panel-access', baseline, audience, settings);
  const accountSettings = useSectionForm('account-settings', baseline, audience, settings);
  const profile = useSectionForm('profile', baseline, audience, settings);
  const billingSettings = useSectionForm('billing-settings', baseline, audience, settings);
  return useMemo(
    () => ({
      'panel-access': panelAccess,
      'account-settings': accountSettings,
      profile,
      'billing-settings': billingSettings,
    }),
    [panelAccess, accountSettings, profile, billingSettings],
  );
}

