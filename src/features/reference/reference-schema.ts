import { z } from 'zod';

/** Reference lists the profile's selects offer, as the API returns them (scoped to the caller). */

const owned = { resellerId: z.number().int().positive().nullable() };

export const resellerSchema = z.object({ id: z.number().int().positive(), name: z.string() }).meta({ id: 'Reseller' });
export const rateGroupSchema = z
  .object({ id: z.number().int().positive(), name: z.string(), ...owned })
  .meta({ id: 'RateGroup' });
export const localizationSchema = z
  .object({ id: z.number().int().positive(), name: z.string(), ...owned })
  .meta({ id: 'Localization' });
export const taxSchema = z
  .object({ id: z.number().int().positive(), name: z.string(), rate: z.string() })
  .meta({ id: 'Tax' });
export const countrySchema = z.object({ id: z.string().length(2), name: z.string() }).meta({ id: 'Country' });
export const timezoneSchema = z
  .object({ id: z.string(), name: z.string(), utcOffset: z.string() })
  .meta({ id: 'Timezone' });
export const currencySchema = z
  .object({ id: z.string().length(3), name: z.string(), digits: z.number().int().min(0).max(4) })
  .meta({ id: 'Currency' });

export const referenceLists = {
  resellers: { path: '/resellers', schema: z.array(resellerSchema) },
  rateGroups: { path: '/rate-groups', schema: z.array(rateGroupSchema) },
  localizations: { path: '/localizations', schema: z.array(localizationSchema) },
  taxes: { path: '/taxes', schema: z.array(taxSchema) },
  countries: { path: '/countries', schema: z.array(countrySchema) },
  timezones: { path: '/timezones', schema: z.array(timezoneSchema) },
  currencies: { path: '/currencies', schema: z.array(currencySchema) },
} as const;

export type ReferenceListName = keyof typeof referenceLists;
export type ReferenceItem = { id: number | string; name: string };
export type ReferenceData = { [K in ReferenceListName]: z.infer<(typeof referenceLists)[K]['schema']> };
