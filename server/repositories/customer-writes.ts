import { sql, type Kysely, type Transaction } from 'kysely';
import { customerValidator, fieldsToCheck, unpatchable, type Customer } from '../../src/features/customers/customer-schema';
import { accountTypeChangeErrors } from '../../src/features/customers/account-type-change';
import type { Settings } from '../../src/features/settings/settings-schema';
import type { User } from '../../src/features/session/session-schema';
import { columnsFor, type ReferenceIds } from '../astpp/customer-mapping';
import { customerCreateSchema } from '../../src/features/customers/customer-schema';
import type { Database } from '../astpp/tables';
import type { OptionalColumns } from '../plugins/external/db';
import type { FieldErrors } from '../plugins/app/problems';
import { issuesToErrors } from '../validation';
import { readCustomer } from './customers';

/**
 * PATCH /customers/:id over ASTPP's tables, in one transaction: lock the row, compare the
 * ETag the client read with the row as it is now (an edit in ASTPP's own pages counts),
 * validate the changed fields with the form's own rules, check what only the database
 * knows, write the changed columns and the taxes, and answer the record as stored.
 */

export type UpdateOutcome =
  | { kind: 'not-found' }
  | { kind: 'stale' }
  | { kind: 'invalid'; errors: FieldErrors }
  | { kind: 'updated'; customer: Customer; etag: string };

export async function updateCustomer(
  db: Kysely<Database>,
  columns: OptionalColumns,
  user: User,
  id: number,
  ifMatch: string,
  body: unknown,
  settings: Settings,
  encrypt: (plain: string) => string,
): Promise<UpdateOutcome> {
  return db.transaction().execute(async (trx) => {
    const locked = await trx
      .selectFrom('accounts')
      .select(['id', 'reseller_id'])
      .where('id', '=', id)
      .where('type', 'in', [0, 3])
      .where('deleted', '=', 0)
      .forUpdate()
      .executeTakeFirst();
    if (!locked || (user.role === 'reseller' && locked.reseller_id !== user.resellerId)) return { kind: 'not-found' };
    const read = await readCustomer(trx, columns, id);
    if (!read) return { kind: 'not-found' };
    const { customer: current, row } = read;
    if (ifMatch !== read.etag) return { kind: 'stale' };

    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      return { kind: 'invalid', errors: { _: ['Send the changed fields as a JSON object'] } };
    }
    const changes = body as Record<string, unknown>;
    const refused = unpatchable(changes, settings);
    if (Object.keys(refused).length) return { kind: 'invalid', errors: refused };

    // Only the changed fields and the rules they take part in: a legacy value nobody touched
    // is not judged by today's rules.
    const names = fieldsToCheck(Object.keys(changes));
    const merged = { ...current, ...changes, password: 'password' in changes ? changes.password : '' };
    const valid = customerValidator(names, { settings, mode: 'edit' }).safeParse(merged);
    // Another account type while the balance (read under the lock) is not 0: ASTPP's balance
    // would change meaning, money left becoming money owed or the other way round.
    const typeChange = accountTypeChangeErrors(current, changes, settings.baseCurrency);
    if (!valid.success) return { kind: 'invalid', errors: { ...issuesToErrors(valid.error.issues), ...typeChange } };
    if (Object.keys(typeChange).length) return { kind: 'invalid', errors: typeChange };
    const values = valid.data as Record<string, unknown>;

    const owner = locked.reseller_id ?? 0;
    const { errors, ids } = await databaseRules(trx, values, current, row, owner);
    if (Object.keys(errors).length) return { kind: 'invalid', errors };

    const update = columnsFor(values, row, ids, encrypt);
    if (!columns.lossLessRouting) delete update.loss_less_routing;
    if (!columns.nonCliRateGroup) delete update.non_cli_pricelist_id;
    if (!columns.cliPool) delete update.cli_pool;
    if (Object.keys(update).length) {
      await trx.updateTable('accounts').set(update).where('id', '=', id).execute();
    }
    if (Array.isArray(values.taxIds)) await replaceTaxes(trx, id, values.taxIds as number[]);

    const updated = (await readCustomer(trx, columns, id))!;
    return { kind: 'updated', customer: updated.customer, etag: updated.etag };
  });
}

/** Rules only the database can check: reference ids exist and belong to the customer's reseller, the email is free. */
async function databaseRules(
  trx: Transaction<Database>,
  values: Record<string, unknown>,
  current: Partial<Customer>,
  row: { id: number; currency_id: number; timezone_id: number },
  owner: number,
): Promise<{ errors: FieldErrors; ids: ReferenceIds }> {
  const errors: FieldErrors = {};
  const ids: ReferenceIds = {};
  const has = (name: string) => values[name] !== undefined && values[name] !== null;
  if (has('countryId')) {
    const country = await trx.selectFrom('countrycode').select('id').where('iso', '=', values.countryId as string).executeTakeFirst();
    if (country) ids.countryId = country.id;
    else errors.countryId = ['Choose a country from the list'];
  }
  if (has('timezone')) {
    const zones = await trx.selectFrom('timezone').select('id').where('timezone_name', '=', values.timezone as string).orderBy('id').execute();
    if (zones.length) ids.timezoneId = zones.some((z) => z.id === row.timezone_id) ? row.timezone_id : zones[0]!.id;
    else errors.timezone = ['Choose a timezone from the list'];
  }
  if (has('currency')) {
    // ASTPP repeats codes (GBP as 17 and 188): keep the row's id when its code already matches.
    const rows = await trx.selectFrom('currency').select('id').where('currency', '=', values.currency as string).orderBy('id').execute();
    if (rows.length) ids.currencyId = rows.some((r) => r.id === row.currency_id) ? row.currency_id : rows[0]!.id;
    else errors.currency = ['Choose a currency from the list'];
  }
  for (const name of ['rateGroupId', 'nonCliRateGroupId'] as const) {
    if (!has(name) || values[name] === current[name] || errors[name]) continue;
    const group = await trx
      .selectFrom('pricelists')
      .select('id')
      .where('id', '=', values[name] as number)
      .where('reseller_id', '=', owner)
      .where('status', '=', 0)
      .executeTakeFirst();
    if (!group) errors[name] = ['Choose one of the rate groups of this customer’s reseller'];
  }
  if (has('localizationId') && values.localizationId !== current.localizationId) {
    const localization = await trx
      .selectFrom('localization')
      .select('id')
      .where('id', '=', values.localizationId as number)
      .where('reseller_id', '=', owner)
      .where('status', '=', 0)
      .executeTakeFirst();
    if (!localization) errors.localizationId = ['Choose one of the localizations of this customer’s reseller'];
  }
  if (Array.isArray(values.taxIds) && values.taxIds.length) {
    const wanted = [...new Set(values.taxIds as number[])];
    const found = await trx.selectFrom('taxes').select('id').where('id', 'in', wanted).where('reseller_id', '=', owner).where('status', '=', 0).execute();
    if (found.length !== wanted.length) errors.taxIds = ['Choose taxes of this customer’s reseller from the list'];
  }
  if (has('email') && values.email !== current.email) {
    // ASTPP keeps an email unique over every account that is not deleted, of any type.
    const taken = await trx
      .selectFrom('accounts')
      .select('id')
      .where('email', '=', values.email as string)
      .where('deleted', '=', 0)
      .where('id', '!=', row.id)
      .executeTakeFirst();
    if (taken) errors.email = ['Another account already uses this email address. Enter a different one.'];
  }
  return { errors, ids };
}

/** The account's taxes as chosen, each with its tax's priority copied, as ASTPP's pages store them. */
async function replaceTaxes(trx: Transaction<Database>, accountId: number, taxIds: number[]) {
  const wanted = [...new Set(taxIds)];
  const existing = await trx.selectFrom('taxes_to_accounts').select('taxes_id').where('accountid', '=', accountId).execute();
  const have = new Set(existing.map((t) => t.taxes_id));
  // Only rows that exist are deleted: a DELETE that finds none still locks the gap where this
  // account's rows would go, which for a new account is the end of the index, the same gap
  // every other new account inserts into: creates made at once then deadlocked (503).
  const removed = [...have].filter((taxId) => !wanted.includes(taxId));
  if (removed.length) await trx.deleteFrom('taxes_to_accounts').where('accountid', '=', accountId).where('taxes_id', 'in', removed).execute();
  const added = wanted.filter((taxId) => !have.has(taxId));
  if (!added.length) return;
  const taxes = await trx.selectFrom('taxes').select(['id', 'taxes_priority']).where('id', 'in', added).execute();
  await trx
    .insertInto('taxes_to_accounts')
    .values(taxes.map((t) => ({ accountid: accountId, taxes_id: t.id, taxes_priority: t.taxes_priority ?? 0, assign_date: sql<string>`UTC_TIMESTAMP()` })))
    .execute();
}

export type CreateOutcome = { kind: 'invalid'; errors: FieldErrors } | { kind: 'created'; customer: Customer; etag: string };

/**
 * POST /customers: the account row and its taxes in one transaction, as ASTPP's
 * customer_add stores them (every NOT NULL column without a default given, the sign-in
 * email copied as notification email when none is given). A reseller's customers are
 * always the reseller's own. SIP devices, a receipt for an initial balance and the welcome
 * email stay ASTPP's.
 */
export async function createCustomer(
  db: Kysely<Database>,
  columns: OptionalColumns,
  user: User,
  body: unknown,
  settings: Settings,
  encrypt: (plain: string) => string,
): Promise<CreateOutcome> {
  const scopedBody =
    typeof body === 'object' && body !== null && !Array.isArray(body) && user.role === 'reseller' ? { ...body, resellerId: user.resellerId } : body;
  const valid = customerCreateSchema({ settings, mode: 'create' }).safeParse(scopedBody);
  if (!valid.success) return { kind: 'invalid', errors: issuesToErrors(valid.error.issues) };
  const values = valid.data as Record<string, unknown>;
  const resellerId = (values.resellerId as number | null | undefined) ?? null;

  return db.transaction().execute(async (trx) => {
    const errors: FieldErrors = {};
    if (resellerId !== null) {
      const reseller = await trx.selectFrom('accounts').select('id').where('id', '=', resellerId).where('type', '=', 1).where('deleted', '=', 0).executeTakeFirst();
      if (!reseller) errors.resellerId = ['Choose a reseller from the list'];
    }
    const taken = await trx.selectFrom('accounts').select('id').where('number', '=', values.accountNumber as string).executeTakeFirst();
    if (taken) errors.accountNumber = ['This account number is taken. Generate a new one.'];
    const rules = await databaseRules(trx, values, {}, { id: 0, currency_id: -1, timezone_id: -1 }, resellerId ?? 0);
    Object.assign(errors, rules.errors);
    if (Object.keys(errors).length) return { kind: 'invalid', errors };

    const written = columnsFor(values, { expiry: '', cli_pool: null }, rules.ids, encrypt);
    if (!columns.lossLessRouting) delete written.loss_less_routing;
    if (!columns.nonCliRateGroup) delete written.non_cli_pricelist_id;
    if (!columns.cliPool) delete written.cli_pool;
    const inserted = await trx
      .insertInto('accounts')
      .values({
        // ASTPP's NOT NULL columns without a default, and what its own customer_add sets.
        dialed_modify: '',
        notify_flag: 0,
        notify_email: '',
        invoice_interval: 0,
        std_cid_translation: '',
        did_cid_translation: '',
        first_used: '0000-00-00 00:00:00',
        credit_limit: '0',
        invoice_day: 0,
        type: 0,
        creation: sql<string>`UTC_TIMESTAMP()`,
        ...written,
        reseller_id: resellerId ?? 0,
        notification_email: (values.notificationEmail as string) || (values.email as string),
        // The written columns come from the field table's mapping, so their set is only known at run time.
      } as never)
      .executeTakeFirstOrThrow();
    const id = Number(inserted.insertId);
    if (Array.isArray(values.taxIds)) await replaceTaxes(trx, id, values.taxIds as number[]);
    const created = (await readCustomer(trx, columns, id))!;
    return { kind: 'created', customer: created.customer, etag: created.etag };
  });
}
