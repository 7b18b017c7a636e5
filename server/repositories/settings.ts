import type { Kysely } from 'kysely';
import { settingsSchema, type Settings } from '../../src/features/settings/settings-schema';
import { moneyString } from '../astpp/customer-mapping';
import type { Database } from '../astpp/tables';
import type { OptionalColumns } from '../plugins/external/db';

/**
 * The console's settings from ASTPP's `system` table (its "global configuration"): one row
 * per name, the carrier's with reseller_id 0, a reseller's own rows overriding them.
 * Yes/No rows use ASTPP's `set_prorate` encoding, 0 = Yes. The defaults a new customer starts
 * with are the "signup" rows ASTPP's own customer form starts from; which optional fields
 * are stored comes from the columns the database has.
 */

const required = ['card_length', 'pin_length', 'account_number_editable', 'base_currency'] as const;
/** Rows a new customer's defaults come from; a missing one leaves ASTPP's stock value. */
const signup = [
  'validfordays',
  'maxchannels',
  'cps',
  'charge_per_min',
  'local_call',
  'is_recording',
  'allow_ip_management',
  'notifications',
  'paypal_permission',
  'generate_invoice',
  'country',
  'default_timezone',
] as const;
type SettingName = (typeof required)[number] | (typeof signup)[number];

/** ASTPP's own rule for passwords it sets ("at least 8 characters", login and signup). */
const ASTPP_PASSWORD_MIN_LENGTH = 8;

/** ASTPP 6.0's stock values of the signup rows, for a database that lacks one. */
const stock: Record<(typeof signup)[number], string> = {
  validfordays: '3650',
  maxchannels: '0',
  cps: '0',
  charge_per_min: '0',
  local_call: '0',
  is_recording: '1',
  allow_ip_management: '1',
  notifications: '0',
  paypal_permission: '0',
  generate_invoice: '0',
  country: '',
  default_timezone: '',
};

export class SettingsError extends Error {}

export function settingsRepository(db: Kysely<Database>, columns: OptionalColumns) {
  return {
    async read(resellerId: number | null): Promise<Settings> {
      const rows = await db
        .selectFrom('system')
        .select(['name', 'value', 'reseller_id'])
        .where('name', 'in', [...required, ...signup])
        .where('reseller_id', 'in', resellerId ? [0, resellerId] : [0])
        .orderBy('reseller_id')
        .orderBy('id')
        .execute();
      const values = new Map<string, string>();
      for (const row of rows) if (row.name && row.value !== null) values.set(row.name, row.value.trim());
      const value = (name: SettingName) => {
        const found = values.get(name) ?? stock[name as keyof typeof stock];
        if (found === undefined) throw new SettingsError(`ASTPP's system table has no "${name}" row`);
        return found;
      };
      const yes = (name: SettingName) => value(name) === '0';
      const count = (name: SettingName) => (/^\d+$/.test(value(name)) ? Number(value(name)) : Number(stock[name as keyof typeof stock]));
      const [country, timezone] = await Promise.all([
        /^\d+$/.test(value('country'))
          ? db.selectFrom('countrycode').select('iso').where('id', '=', Number(value('country'))).executeTakeFirst()
          : undefined,
        /^\d+$/.test(value('default_timezone'))
          ? db.selectFrom('timezone').select('timezone_name').where('id', '=', Number(value('default_timezone'))).executeTakeFirst()
          : undefined,
      ]);
      const settings: Settings = {
        accountNumberLength: Number(value('card_length')),
        pinLength: Number(value('pin_length')),
        accountNumberEditable: yes('account_number_editable'),
        baseCurrency: value('base_currency'),
        passwordMinLength: ASTPP_PASSWORD_MIN_LENGTH,
        newCustomer: {
          validDays: count('validfordays'),
          maxChannels: count('maxchannels'),
          cps: count('cps'),
          localCallChargePerMinute: /^\d+(\.\d+)?$/.test(value('charge_per_min')) ? moneyString(value('charge_per_min')) : '0.00000',
          allowLocalCalls: yes('local_call'),
          allowRecording: yes('is_recording'),
          allowIpManagement: yes('allow_ip_management'),
          notifications: yes('notifications'),
          paymentGatewayPermission: yes('paypal_permission'),
          generateInvoice: yes('generate_invoice'),
          countryId: country?.iso && /^[A-Z]{2}$/.test(country.iso) ? country.iso : null,
          timezone: timezone?.timezone_name || null,
          rateGroupId: null,
        },
        optionalFields: { allowLossLessRouting: columns.lossLessRouting, nonCliRateGroupId: columns.nonCliRateGroup, cliPool: columns.cliPool },
      };
      const parsed = settingsSchema.safeParse(settings);
      if (!parsed.success) {
        const field = parsed.error.issues[0]?.path.join('.');
        throw new SettingsError(`ASTPP's system setting behind ${field} is out of the range the console supports: ${parsed.error.issues[0]?.message}`);
      }
      return parsed.data;
    },
  };
}
