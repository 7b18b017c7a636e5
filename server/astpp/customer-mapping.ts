import { createHash } from 'node:crypto';
import type { Customer, CustomerSummary } from '../../src/features/customers/customer-schema';
import { cliPoolModes, type CliPoolMode } from '../../src/features/customers/fields';
import type { OptionalColumns } from '../plugins/external/db';
import type { AccountsTable } from './tables';

/**
 * The one place where a customer's JSON fields meet ASTPP's `accounts` columns
 * (../shared/ASTPP.md, "accounts columns behind the profile"). ASTPP's encodings:
 * Yes/No flags are 0 = Yes; reseller and localization 0 (or NULL) mean none; zero dates
 * mean never; sweep 0 is daily, 2 monthly; money is an exact decimal string; country,
 * timezone and currency are ids into their tables, and JSON carries their codes.
 */

export type AccountRow = {
  [K in keyof AccountsTable]-?: AccountsTable[K] extends { __select__: infer S } ? S : Exclude<AccountsTable[K], undefined>;
};

/** The account row with its reference codes, as the customers repository reads it. */
export interface CustomerRow
  extends Pick<
    AccountRow,
    | 'id' | 'number' | 'reseller_id' | 'pricelist_id' | 'paypal_permission' | 'reference' | 'status' | 'sweep_id' | 'creation'
    | 'credit_limit' | 'posttoexternal' | 'balance' | 'first_name' | 'last_name' | 'company_name' | 'address_1' | 'address_2'
    | 'postal_code' | 'province' | 'city' | 'country_id' | 'telephone_1' | 'email' | 'notification_email' | 'currency_id'
    | 'maxchannels' | 'cps' | 'timezone_id' | 'invoice_day' | 'invoice_note' | 'pin' | 'first_used' | 'expiry' | 'validfordays'
    | 'local_call' | 'charge_per_min' | 'is_recording' | 'allow_ip_management' | 'localization_id' | 'notifications'
    | 'generate_invoice' | 'tax_number' | 'password'
  > {
  loss_less_routing?: number | null;
  non_cli_pricelist_id?: number | null;
  cli_pool?: number | null;
  country_iso: string | null;
  timezone_name: string | null;
  currency_code: string | null;
}

/** The `accounts` columns behind the customer's writable fields: what the ETag is made of. */
export const writableColumns = [
  'number', 'reseller_id', 'pricelist_id', 'paypal_permission', 'reference', 'status', 'sweep_id', 'credit_limit',
  'posttoexternal', 'password', 'first_name', 'last_name', 'company_name', 'address_1', 'address_2', 'postal_code',
  'province', 'city', 'country_id', 'telephone_1', 'email', 'notification_email', 'currency_id', 'maxchannels', 'cps',
  'timezone_id', 'invoice_day', 'invoice_note', 'pin', 'expiry', 'validfordays', 'local_call', 'charge_per_min',
  'is_recording', 'allow_ip_management', 'localization_id', 'notifications', 'generate_invoice', 'tax_number',
] as const satisfies ReadonlyArray<keyof AccountsTable>;

export const optionalWritableColumns = ['loss_less_routing', 'non_cli_pricelist_id', 'cli_pool'] as const;

const ZERO_DATE = /^0000-00-00/;

/** 0 = Yes, as ASTPP's set_prorate and the account flags encode it. */
export const yesFromAstpp = (flag: number | null | undefined) => flag === 0;
export const astppFromYes = (yes: boolean) => (yes ? 0 : 1);

/** ASTPP's 0 or NULL for "none" (reseller, localization, NON-CLI rate group). */
export const noneAsNull = (id: number | null | undefined) => (id ? id : null);

/** A datetime column (GMT) as ISO 8601, or null for ASTPP's zero date. */
export function isoDatetime(value: string): string | null {
  if (!value || ZERO_DATE.test(value)) return null;
  return `${value.slice(0, 10)}T${value.slice(11, 19) || '00:00:00'}Z`;
}

/**
 * A decimal column or ASTPP's varchar `charge_per_min` as the contract's money string with
 * five decimals, digit for digit: no float ever holds it. ASTPP leaves charge_per_min ''
 * for "none", which is 0.
 */
export function moneyString(value: string): string {
  const trimmed = value.trim();
  if (trimmed === '') return '0.00000';
  const match = /^(-?)(\d*)(?:\.(\d*))?$/.exec(trimmed);
  if (!match) throw new Error(`Not a decimal: ${JSON.stringify(trimmed.slice(0, 30))}`);
  const [, sign, whole, fraction = ''] = match;
  const digits = (whole || '0').replace(/^0+(?=\d)/, '');
  const five = (fraction + '00000').slice(0, 5);
  const isZero = /^0+$/.test(digits + five);
  return `${sign && !isZero ? '-' : ''}${digits}.${five}`;
}

/**
 * ASTPP's CLI pool modes (`set_cli_pool`, 0–8): the console's modes in the same order. A value
 * ASTPP does not define (NULL in a column added by hand) reads as disabled, as ASTPP treats it.
 */
export function cliPoolMode(value: number | null | undefined): CliPoolMode {
  return (value !== null && value !== undefined && cliPoolModes[value]) || 'disabled';
}

export function toCustomer(row: CustomerRow, taxIds: number[], columns: OptionalColumns): Customer {
  const postpaid = row.posttoexternal === 1;
  const monthly = row.sweep_id === 2;
  return {
    id: row.id,
    balance: moneyString(row.balance),
    // ASTPP's zero date means "not recorded": said as null, never as 1970.
    createdAt: isoDatetime(row.creation),
    resellerId: noneAsNull(row.reseller_id),
    accountNumber: row.number,
    pin: row.pin,
    email: row.email,
    firstUsedAt: isoDatetime(row.first_used),
    validDays: row.validfordays,
    expiresAt: row.expiry.slice(0, 10),
    status: row.status === 0 ? 'active' : 'inactive',
    maxChannels: row.maxchannels,
    cps: row.cps,
    localizationId: noneAsNull(row.localization_id),
    allowLocalCalls: yesFromAstpp(row.local_call),
    localCallChargePerMinute: moneyString(row.charge_per_min),
    // Without the column an install has no loss-less routing: off.
    allowLossLessRouting: columns.lossLessRouting ? yesFromAstpp(row.loss_less_routing) : false,
    allowRecording: yesFromAstpp(row.is_recording),
    allowIpManagement: yesFromAstpp(row.allow_ip_management),
    notifications: yesFromAstpp(row.notifications),
    paymentGatewayPermission: yesFromAstpp(row.paypal_permission),
    firstName: row.first_name,
    lastName: row.last_name,
    company: row.company_name,
    phone: row.telephone_1,
    notificationEmail: row.notification_email,
    address1: row.address_1,
    address2: row.address_2,
    city: row.city,
    province: row.province,
    zipCode: row.postal_code,
    countryId: row.country_iso ?? '',
    timezone: row.timezone_name ?? '',
    currency: row.currency_code ?? '',
    accountType: postpaid ? 'postpaid' : 'prepaid',
    creditLimit: postpaid ? moneyString(row.credit_limit) : null,
    rateGroupId: row.pricelist_id,
    nonCliRateGroupId: columns.nonCliRateGroup ? noneAsNull(row.non_cli_pricelist_id) : null,
    cliPool: columns.cliPool ? cliPoolMode(row.cli_pool) : 'disabled',
    billingSchedule: monthly ? 'monthly' : 'daily',
    billingDay: monthly && row.invoice_day > 0 ? row.invoice_day : null,
    taxIds,
    taxNumber: row.tax_number ?? '',
    generateInvoice: yesFromAstpp(row.generate_invoice),
    invoiceNote: row.invoice_note,
    reference: row.reference,
  } satisfies Customer;
}

export type SummaryRow = Pick<
  CustomerRow,
  'id' | 'number' | 'first_name' | 'last_name' | 'company_name' | 'email' | 'status' | 'posttoexternal' | 'balance' | 'reseller_id' | 'currency_code'
>;

export function toSummary(row: SummaryRow): CustomerSummary {
  return {
    id: row.id,
    accountNumber: row.number,
    firstName: row.first_name,
    lastName: row.last_name,
    company: row.company_name,
    email: row.email,
    status: row.status === 0 ? 'active' : 'inactive',
    accountType: row.posttoexternal === 1 ? 'postpaid' : 'prepaid',
    balance: moneyString(row.balance),
    currency: row.currency_code ?? '',
    resellerId: noneAsNull(row.reseller_id),
  };
}

/**
 * The record's ETag without a version column: a SHA-256 of the columns behind the writable
 * fields and the taxes, not `balance` or `first_used`, which the switch changes on every
 * call. An edit made by ASTPP's own pages changes it; a call does not. Quoted, as HTTP wants;
 * the client treats it as opaque and only sends it back.
 */
export function etagOf(row: object, taxIds: readonly number[], columns: OptionalColumns): string {
  const present = optionalWritableColumns.filter((c) =>
    c === 'loss_less_routing' ? columns.lossLessRouting : c === 'non_cli_pricelist_id' ? columns.nonCliRateGroup : columns.cliPool,
  );
  const values = [...writableColumns, ...present].map((column) => [column, (row as Record<string, unknown>)[column] ?? null]);
  const hash = createHash('sha256').update(JSON.stringify([values, [...taxIds].sort((a, b) => a - b)])).digest('hex');
  return `"${hash}"`;
}

/** The console's CLI pool mode as ASTPP stores it; the stored value stays when it means the same mode. */
export function cliPoolValue(mode: CliPoolMode, current: number | null | undefined): number {
  if (cliPoolMode(current) === mode) return current ?? 0;
  return cliPoolModes.indexOf(mode);
}

/** What a write needs resolved against ASTPP's tables: codes to ids. */
export interface ReferenceIds {
  countryId?: number;
  timezoneId?: number;
  currencyId?: number;
}

/**
 * The `accounts` columns a validated set of changed fields writes. Only what changed is
 * written, so a legacy value nobody touched (an empty charge_per_min, a zero date, a
 * currency id whose code repeats) stays byte for byte as ASTPP left it.
 */
export function columnsFor(
  values: Partial<Record<string, unknown>>,
  current: { expiry: string; cli_pool?: number | null },
  ids: ReferenceIds,
  encrypt: (plain: string) => string,
): Record<string, unknown> {
  const columns: Record<string, unknown> = {};
  const has = (name: string) => Object.hasOwn(values, name) && values[name] !== undefined;
  const set = (name: string, column: string, convert: (value: never) => unknown = (v) => v) => {
    if (has(name)) columns[column] = convert(values[name] as never);
  };
  const flag = (yes: boolean) => astppFromYes(yes);

  if (has('password') && values.password !== '') columns.password = encrypt(values.password as string);
  set('accountNumber', 'number');
  set('resellerId', 'reseller_id', (id: number | null) => id ?? 0);
  set('pin', 'pin');
  set('email', 'email');
  set('validDays', 'validfordays');
  // The console edits the day; the time of day ASTPP set stays.
  set('expiresAt', 'expiry', (day: string) => `${day} ${current.expiry.slice(11, 19) || '00:00:00'}`);
  set('status', 'status', (status: string) => (status === 'active' ? 0 : 1));
  set('maxChannels', 'maxchannels');
  set('cps', 'cps');
  set('localizationId', 'localization_id', (id: number | null) => id ?? 0);
  set('allowLocalCalls', 'local_call', flag);
  set('localCallChargePerMinute', 'charge_per_min');
  set('allowLossLessRouting', 'loss_less_routing', flag);
  set('allowRecording', 'is_recording', flag);
  set('allowIpManagement', 'allow_ip_management', flag);
  set('notifications', 'notifications', flag);
  set('paymentGatewayPermission', 'paypal_permission', flag);
  set('firstName', 'first_name');
  set('lastName', 'last_name');
  set('company', 'company_name');
  set('phone', 'telephone_1');
  set('notificationEmail', 'notification_email');
  set('address1', 'address_1');
  set('address2', 'address_2');
  set('city', 'city');
  set('province', 'province');
  set('zipCode', 'postal_code');
  if (has('countryId') && ids.countryId !== undefined) columns.country_id = ids.countryId;
  if (has('timezone') && ids.timezoneId !== undefined) columns.timezone_id = ids.timezoneId;
  if (has('currency') && ids.currencyId !== undefined) columns.currency_id = ids.currencyId;
  if (has('accountType')) {
    columns.posttoexternal = values.accountType === 'postpaid' ? 1 : 0;
    // ASTPP keeps no credit limit for prepaid accounts: it stores 0.
    if (values.accountType === 'prepaid') columns.credit_limit = '0';
  }
  if (has('creditLimit') && values.creditLimit !== null) columns.credit_limit = values.creditLimit;
  set('rateGroupId', 'pricelist_id');
  set('nonCliRateGroupId', 'non_cli_pricelist_id', (id: number | null) => id ?? 0);
  set('cliPool', 'cli_pool', (mode: CliPoolMode) => cliPoolValue(mode, current.cli_pool));
  if (has('billingSchedule')) {
    columns.sweep_id = values.billingSchedule === 'monthly' ? 2 : 0;
    if (values.billingSchedule === 'daily') columns.invoice_day = 0;
  }
  if (has('billingDay') && values.billingDay !== null) columns.invoice_day = values.billingDay;
  set('taxNumber', 'tax_number');
  set('generateInvoice', 'generate_invoice', flag);
  set('invoiceNote', 'invoice_note');
  set('reference', 'reference');
  return columns;
}
