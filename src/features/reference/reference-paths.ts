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
