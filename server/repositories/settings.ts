import type { Kysely } from 'kysely';
import { settingsSchema, type Settings } from '../../src/features/settings/settings-schema';
import type { Database } from '../astpp/tables';

/**
 * The console's settings from ASTPP's `system` table (its "global configuration"): one row
 * per name, the carrier's with reseller_id 0, a reseller's own rows overriding them.
 * Yes/No rows use ASTPP's `set_prorate` encoding, 0 = Yes.
 */

const names = ['card_length', 'pin_length', 'account_number_editable', 'base_currency'] as const;
type SettingName = (typeof names)[number];

/** ASTPP's own rule for passwords it sets ("at least 8 characters", login and signup). */
const ASTPP_PASSWORD_MIN_LENGTH = 8;

export class SettingsError extends Error {}

export function settingsRepository(db: Kysely<Database>) {
  return {
    async read(resellerId: number | null): Promise<Settings> {
      const rows = await db
        .selectFrom('system')
        .select(['name', 'value', 'reseller_id'])
        .where('name', 'in', [...names])
        .where('reseller_id', 'in', resellerId ? [0, resellerId] : [0])
        .orderBy('reseller_id')
        .orderBy('id')
        .execute();
      const values = new Map<string, string>();
      for (const row of rows) if (row.name && row.value !== null) values.set(row.name, row.value.trim());
      const value = (name: SettingName) => {
        const found = values.get(name);
        if (found === undefined) throw new SettingsError(`ASTPP's system table has no "${name}" row`);
        return found;
      };
      const settings = {
        accountNumberLength: Number(value('card_length')),
        pinLength: Number(value('pin_length')),
        accountNumberEditable: value('account_number_editable') === '0',
        baseCurrency: value('base_currency'),
        passwordMinLength: ASTPP_PASSWORD_MIN_LENGTH,
      };
      const parsed = settingsSchema.safeParse(settings);
      if (!parsed.success) {
        const field = String(parsed.error.issues[0]?.path[0]);
        throw new SettingsError(`ASTPP's system setting behind ${field} is out of the range the console supports: ${parsed.error.issues[0]?.message}`);
      }
      return parsed.data;
    },
  };
}
