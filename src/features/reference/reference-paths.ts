/** Where each reference list is read (the early-requests script needs the paths without their schemas). */
export const referenceListPaths = {
  resellers: '/resellers',
  rateGroups: '/rate-groups',
  localizations: '/localizations',
  taxes: '/taxes',
  countries: '/countries',
  timezones: '/timezones',
  currencies: '/currencies',
} as const;
