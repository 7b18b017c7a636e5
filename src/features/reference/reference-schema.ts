import { withMeta, z } from '../../shared/zod';
import { referenceListPaths as paths } from './reference-paths';

/** Reference lists the profile's selects offer, as the API returns them (scoped to the caller). */

const id = () => z.number().check(z.int(), z.positive());
const owned = { resellerId: z.nullable(id()) };

export const resellerSchema = withMeta(z.object({ id: id(), name: z.string() }), { id: 'Reseller' });
export const rateGroupSchema = withMeta(z.object({ id: id(), name: z.string(), ...owned }), { id: 'RateGroup' });
export const localizationSchema = withMeta(z.object({ id: id(), name: z.string(), ...owned }), { id: 'Localization' });
export const taxSchema = withMeta(z.object({ id: id(), name: z.string(), rate: z.string() }), { id: 'Tax' });
export const countrySchema = withMeta(z.object({ id: z.string().check(z.length(2)), name: z.string() }), { id: 'Country' });
export const timezoneSchema = withMeta(z.object({ id: z.string(), name: z.string(), utcOffset: z.string() }), {
  id: 'Timezone',
});
export const currencySchema = withMeta(
  z.object({
    id: z.string().check(z.length(3)),
    name: z.string(),
    digits: z.number().check(z.int(), z.minimum(0), z.maximum(4)),
  }),
  { id: 'Currency' },
);

export const referenceLists = {
  resellers: { path: paths.resellers, schema: z.array(resellerSchema) },
  rateGroups: { path: paths.rateGroups, schema: z.array(rateGroupSchema) },
  localizations: { path: paths.localizations, schema: z.array(localizationSchema) },
  taxes: { path: paths.taxes, schema: z.array(taxSchema) },
  countries: { path: paths.countries, schema: z.array(countrySchema) },
  timezones: { path: paths.timezones, schema: z.array(timezoneSchema) },
  currencies: { path: paths.currencies, schema: z.array(currencySchema) },
} as const;

export type ReferenceListName = keyof typeof referenceLists;
/** Every reference list: the customer form's selects show all of them (see fieldOptions). */
export const referenceListNames = Object.keys(referenceLists) as ReferenceListName[];
export type ReferenceData = { [K in ReferenceListName]: z.infer<(typeof referenceLists)[K]['schema']> };
