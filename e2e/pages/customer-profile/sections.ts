/** The four sections of a customer, by the names QA reads on the tabs (SPEC section 3). */
export const sectionSlugs = {
  'Panel Access': 'panel-access',
  'Account Settings': 'account-settings',
  Profile: 'profile',
  'Billing Settings': 'billing-settings',
} as const;

export type SectionName = keyof typeof sectionSlugs;
export type SectionSlug = (typeof sectionSlugs)[SectionName];

export const sectionNames = Object.keys(sectionSlugs) as SectionName[];

export function sectionNameOf(section: SectionName | SectionSlug): SectionName {
  const byName = sectionNames.find((name) => name === section || sectionSlugs[name] === section);
  if (!byName) throw new Error(`No section called ${section}`);
  return byName;
}

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A field's label as QA writes it; a required field may add Mantine's asterisk. */
export function fieldLabel(label: string): RegExp {
  return new RegExp(`^${escapeRegExp(label)}\\s*\\*?$`);
}

/**
 * A tab's accessible name is its title, then its marks: "Profile", "Profile, 1 error",
 * "Billing Settings, unsaved changes", "Profile, 2 errors, unsaved changes".
 */
export function tabName(name: SectionName, marks?: { errors?: number; unsaved?: boolean }): RegExp {
  if (!marks) return new RegExp(`^${escapeRegExp(name)}(, .*)?$`);
  const errors =
    marks.errors === undefined ? '(, \\d+ errors?)?' : marks.errors === 0 ? '' : `, ${marks.errors} ${marks.errors === 1 ? 'error' : 'errors'}`;
  const unsaved = marks.unsaved === undefined ? '(, unsaved changes)?' : marks.unsaved ? ', unsaved changes' : '';
  return new RegExp(`^${escapeRegExp(name)}${errors}${unsaved}$`);
}
