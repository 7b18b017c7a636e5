import { customerFields, fieldByName } from '../fields';
import { sections, type SectionSlug } from '../sections';
import type { ProfileForms } from './use-profile-forms';

export interface FieldLocation {
  section: SectionSlug;
  name: string;
}

/**
 * Puts a 422's field errors on their fields, in whichever section they live. Returns the
 * first erroneous field in tab order (where to take the user) and messages for names the
 * form does not show.
 */
export function applyFieldErrors(
  forms: ProfileForms,
  errors: Record<string, string[]>,
): { first: FieldLocation | undefined; unplaced: string[] } {
  const unplaced: string[] = [];
  for (const [name, messages] of Object.entries(errors)) {
    const field = fieldByName(name);
    const form = field ? forms[field.section] : undefined;
    if (!field || !form || !form.fields.some((f) => f.name === name)) {
      unplaced.push(...messages);
      continue;
    }
    form.form.setError(name, { type: 'server', message: messages.join(' ') }, { shouldFocus: false });
  }
  return { first: firstErrorLocation(forms, Object.keys(errors)), unplaced };
}

/** The first of the named fields in tab order, then field order. */
export function firstErrorLocation(forms: ProfileForms, names: readonly string[]): FieldLocation | undefined {
  for (const { slug } of sections) {
    const match = customerFields.find(
      (f) => f.section === slug && names.includes(f.name) && forms[slug].fields.some((shown) => shown.name === f.name),
    );
    if (match) return { section: slug, name: match.name };
  }
  return undefined;
}
