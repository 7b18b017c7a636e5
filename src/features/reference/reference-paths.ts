/** Where each reference list is read, apart from its schema so the server can name its routes without the client's schemas. */
export const referenceListPaths = {
  resellers: '/resellers',
  rateGroups: '/rate-groups',
  localizations: '/localizations',
  taxes: '/taxes',
  countries: '/countries',
  timezones: '/timezones',
  currencies: '/currencies',
} as const;

/**
 * Lists that belong to a reseller (ASTPP's `reseller_id`, 0 for the carrier): a customer is
 * offered those of its own reseller, whoever edits it. Their path takes `?resellerId=<id>`;
 * absent or empty is the carrier's own, and a reseller user always gets its own.
 */
export const resellerScopedLists = ['rateGroups', 'localizations', 'taxes'] as const;
export type ResellerScopedList = (typeof resellerScopedLists)[number];

export const isResellerScoped = (name: string): name is ResellerScopedList => (resellerScopedLists as readonly string[]).includes(name);
