import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useRef, type RefObject } from 'react';
import type { z } from 'zod';
import { useForm, type Resolver, type UseFormReturn } from 'react-hook-form';
import type { Settings } from '../../settings/settings-schema';
import { sectionValidator, type Customer } from '../customer-schema';
import { fieldAccess, fieldsOfSection, type Audience } from '../fields';
import { sections, type SectionSlug } from '../sections';
import { sectionFormValues, type FormValues } from './form-values';

export interface SectionForm {
  section: SectionSlug;
  form: UseFormReturn<FormValues>;
  /** The record this section's form was last reset from: what "changed" is measured against. */
  base: RefObject<Partial<Customer>>;
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

export function useSectionForm(
  section: SectionSlug,
  initial: Partial<Customer>,
  audience: Audience,
  settings: Settings,
): SectionForm {
  const { fields, validated } = useMemo(() => sectionFields(section, audience), [section, audience]);
  const resolver = useMemo(
    () =>
      zodResolver(
        sectionValidator(section, validated, { settings, mode: audience.mode }) as unknown as z.ZodType<FormValues, FormValues>,
      ) as unknown as Resolver<FormValues>,
    [section, validated, settings, audience.mode],
  );
  const form = useForm<FormValues>({
    defaultValues: sectionFormValues(section, initial),
    resolver,
    mode: 'onTouched',
    reValidateMode: 'onChange',
  });
  const base = useRef<Partial<Customer>>(initial);
  return useMemo(() => ({ section, form, base, fields }), [section, form, fields]);
}

/**
 * One form per profile section, all owned here so that each keeps its edits while another
 * tab is shown or saved. Hooks are called in the fixed order of `sections`.
 */
export function useProfileForms(initial: Partial<Customer>, audience: Audience, settings: Settings): ProfileForms {
  const panelAccess = useSectionForm('panel-access', initial, audience, settings);
  const accountSettings = useSectionForm('account-settings', initial, audience, settings);
  const profile = useSectionForm('profile', initial, audience, settings);
  const billingSettings = useSectionForm('billing-settings', initial, audience, settings);
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

export const sectionOrder = sections.map((s) => s.slug);
