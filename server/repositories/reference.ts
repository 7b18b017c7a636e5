import type { Kysely } from 'kysely';
import { timezoneEntry } from '../../src/features/reference/timezone-entry';
import type { User } from '../../src/features/session/session-schema';
import type { Database } from '../astpp/tables';

/**
 * The reference lists the profile's selects offer, from ASTPP's tables. Rate groups,
 * localizations and taxes belong to a reseller (`reseller_id`, 0 for the carrier; NOT NULL in
 * these tables) and a customer is offered those of its own reseller, as ASTPP does: an admin
 * asks for the reseller of the customer at hand, a reseller always gets its own.
 */

/** ASTPP's owner column: 0 is the carrier. */
const owner = (resellerId: number) => (resellerId === 0 ? null : resellerId);

/**
 * Whose rows: the one asked for (0 = the carrier), or a reseller user's own whatever it asks,
 * as every list is scoped to its caller (another reseller's lists read like the reseller's own).
 */
function ownerOf(user: User, forReseller: number): number {
  return user.role === 'reseller' ? user.resellerId! : forReseller;
}

export function referenceRepository(db: Kysely<Database>) {
  /** A reseller's active rate groups or localizations (the same columns in both tables), by name. */
  const activeNamedList = (table: 'pricelists' | 'localization') => async (user: User, forReseller = 0) => {
    const rows = await db
      .selectFrom(table)
      .select(['id', 'name', 'reseller_id'])
      .where('status', '=', 0)
      .where('reseller_id', '=', ownerOf(user, forReseller))
      .orderBy('name')
      .orderBy('id')
      .execute();
    return rows.map((r) => ({ id: r.id, name: r.name, resellerId: owner(r.reseller_id) }));
  };

  return {
    async resellers(user: User) {
      let query = db
        .selectFrom('accounts')
        .select(['id', 'first_name', 'last_name', 'company_name', 'number'])
        .where('type', '=', 1)
        .where('deleted', '=', 0);
      if (user.role === 'reseller') query = query.where('id', '=', user.resellerId!);
      const rows = await query.orderBy('company_name').orderBy('id').execute();
      return rows.map((r) => ({ id: r.id, name: r.company_name || `${r.first_name} ${r.last_name}`.trim() || r.number }));
    },

    rateGroups: activeNamedList('pricelists'),
    localizations: activeNamedList('localization'),

    async taxes(user: User, forReseller = 0) {
      const rows = await db
        .selectFrom('taxes')
        .select(['id', 'taxes_description', 'taxes_rate'])
        .where('status', '=', 0)
        .where('reseller_id', '=', ownerOf(user, forReseller))
        .orderBy('taxes_priority')
        .orderBy('id')
        .execute();
      return rows.map((r) => ({ id: r.id, name: r.taxes_description, rate: r.taxes_rate }));
    },

    async countries() {
      const rows = await db.selectFrom('countrycode').select(['iso', 'nicename']).orderBy('nicename').execute();
      // Stock data holds a one-letter "iso" (Ascension, 'A'): not a code the console can use.
      return rows.filter((r) => /^[A-Z]{2}$/.test(r.iso)).map((r) => ({ id: r.iso, name: r.nicename }));
    },

    async timezones(now = new Date()) {
      const rows = await db.selectFrom('timezone').select(['timezone_name', 'gmttime']).orderBy('gmtoffset').orderBy('timezone_name').execute();
      const seen = new Set<string>();
      return rows.flatMap((r) => {
        if (seen.has(r.timezone_name)) return [];
        seen.add(r.timezone_name);
        return [timezoneEntry(r.timezone_name, now, r.gmttime ?? undefined)];
      });
    },

    async currencies() {
      const rows = await db.selectFrom('currency').select(['id', 'currency', 'currencyname']).orderBy('currency').orderBy('id').execute();
      // The stock table repeats codes (GBP as 17 and 188): one entry per code, the lowest id's name.
      const byCode = new Map<string, { id: string; name: string; digits: number }>();
      for (const r of rows) {
        if (!/^[A-Z]{3}$/.test(r.currency) || byCode.has(r.currency)) continue;
        byCode.set(r.currency, { id: r.currency, name: r.currencyname, digits: fractionDigits(r.currency) });
      }
      return [...byCode.values()];
    },
  };
}

function fractionDigits(code: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}
