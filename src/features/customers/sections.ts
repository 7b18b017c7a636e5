/** The four sections of the Customer Profile, in tab order. Slugs are URL segments. */
export const sections = [
  { slug: 'panel-access', title: 'Panel Access' },
  { slug: 'account-settings', title: 'Account Settings' },
  { slug: 'profile', title: 'Profile' },
  { slug: 'billing-settings', title: 'Billing Settings' },
] as const;

export type SectionSlug = (typeof sections)[number]['slug'];

export const firstSection: SectionSlug = 'panel-access';

export function isSectionSlug(value: string | undefined): value is SectionSlug {
  return sections.some((s) => s.slug === value);
}

export function sectionTitle(slug: SectionSlug): string {
  return sections.find((s) => s.slug === slug)?.title ?? slug;
}
