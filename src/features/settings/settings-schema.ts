import { withMeta, z } from '../../shared/zod';

const yesNo = z.boolean();
const count = z.number().check(z.int(), z.minimum(0));

/**
 * What a new customer starts with, from ASTPP's `system` table (the "signup" settings), so an
 * operator's own defaults apply in this console as in ASTPP's pages. The currency a new
 * customer starts with is the base currency.
 */
export const newCustomerDefaultsSchema = z.object({
    validDays: count,
    maxChannels: count,
    cps: count,
    localCallChargePerMinute: z.string().check(z.regex(/^\d{1,15}\.\d{5}$/)),
    allowLocalCalls: yesNo,
    allowRecording: yesNo,
    allowIpManagement: yesNo,
    notifications: yesNo,
    paymentGatewayPermission: yesNo,
    generateInvoice: yesNo,
    /** ISO code; null when the setting names no country the backend knows. */
    countryId: z.nullable(z.string().check(z.regex(/^[A-Z]{2}$/))),
    /** IANA name; null when the setting names no time zone the backend knows. */
    timezone: z.nullable(z.string()),
    rateGroupId: z.nullable(z.number().check(z.int(), z.positive())),
});

/**
 * Fields a stock ASTPP 6.0 database has no column for (some installs add them): whether this
 * backend stores each. The console shows only those it stores; the API refuses the others.
 */
export const optionalFieldsSchema = z.object({ allowLossLessRouting: yesNo, nonCliRateGroupId: yesNo, cliPool: yesNo });

/** Global configuration that shapes the customer rules (ASTPP's "global configuration"). */
export const settingsSchema = withMeta(
  z.object({
    accountNumberLength: z.number().check(z.int(), z.minimum(4), z.maximum(20)),
    pinLength: z.number().check(z.int(), z.minimum(4), z.maximum(20)),
    accountNumberEditable: z.boolean(),
    baseCurrency: z.string().check(z.regex(/^[A-Z]{3}$/)),
    passwordMinLength: z.number().check(z.int(), z.minimum(8), z.maximum(64)),
    newCustomer: newCustomerDefaultsSchema,
    optionalFields: optionalFieldsSchema,
  }),
  { id: 'Settings' },
);

export type Settings = z.infer<typeof settingsSchema>;
export type NewCustomerDefaults = z.infer<typeof newCustomerDefaultsSchema>;
export type OptionalFieldName = keyof z.infer<typeof optionalFieldsSchema>;

/** ASTPP 6.0's stock settings (its `system` table as shipped), with every optional field stored. */
export const defaultSettings: Settings = {
  accountNumberLength: 10,
  pinLength: 6,
  accountNumberEditable: false,
  baseCurrency: 'USD',
  passwordMinLength: 8,
  newCustomer: {
    validDays: 3650,
    maxChannels: 0,
    cps: 0,
    localCallChargePerMinute: '0.00000',
    allowLocalCalls: true,
    allowRecording: false,
    allowIpManagement: false,
    notifications: true,
    paymentGatewayPermission: true,
    generateInvoice: true,
    countryId: 'IN',
    timezone: 'Asia/Kolkata',
    rateGroupId: null,
  },
  optionalFields: { allowLossLessRouting: true, nonCliRateGroupId: true, cliPool: true },
};

/** A stock ASTPP 6.0 database: none of the optional fields has a column. */
export const stockAstppOptionalFields: Settings['optionalFields'] = {
  allowLossLessRouting: false,
  nonCliRateGroupId: false,
  cliPool: false,
};
