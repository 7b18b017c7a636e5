import type { ColumnType, Generated } from 'kysely';

/**
 * Kysely's view of the ASTPP 6.0 tables the server touches (server/db/astpp-schema.sql) and
 * of Carrierdesk's own schema. mysql2 runs with `dateStrings` and its default decimal
 * handling, so datetimes arrive as 'YYYY-MM-DD HH:MM:SS' strings (zero dates included) and
 * decimals as exact strings.
 */

type Datetime = string;
type Decimal = ColumnType<string, string, string>;

export interface AccountsTable {
  id: Generated<number>;
  number: string;
  reseller_id: number | null;
  pricelist_id: number;
  paypal_permission: number;
  reference: string;
  status: number;
  sweep_id: number;
  creation: Datetime;
  credit_limit: Decimal;
  posttoexternal: number;
  balance: Decimal;
  password: string;
  first_name: string;
  last_name: string;
  company_name: string;
  address_1: string;
  address_2: string;
  postal_code: string;
  province: string;
  city: string;
  country_id: number;
  telephone_1: string;
  telephone_2: string;
  email: string;
  notification_email: string;
  language_id: number;
  currency_id: number;
  maxchannels: number;
  cps: number;
  dialed_modify: string;
  type: number | null;
  timezone_id: number;
  inuse: number;
  deleted: number;
  notify_credit_limit: Decimal;
  notify_flag: number;
  notify_email: string;
  commission_rate: number;
  invoice_day: number;
  invoice_interval: number;
  invoice_note: string;
  last_bill_date: Datetime;
  pin: string;
  first_used: Datetime;
  expiry: Datetime;
  validfordays: number;
  local_call_cost: Decimal;
  pass_link_status: number;
  local_call: number;
  charge_per_min: string;
  is_recording: number;
  allow_ip_management: number;
  permission_id: number;
  deleted_date: Datetime;
  localization_id: number | null;
  notifications: number;
  is_distributor: number;
  generate_invoice: number;
  std_cid_translation: string;
  did_cid_translation: string;
  tax_number: string | null;
  // Not in a stock 6.0 database; present in some installs (detected at start).
  loss_less_routing?: number;
  non_cli_pricelist_id?: number;
  cli_pool?: number;
}

export interface TaxesTable {
  id: Generated<number>;
  taxes_priority: number | null;
  taxes_amount: Decimal;
  tax_type: number;
  taxes_rate: Decimal;
  taxes_description: string;
  reseller_id: number;
  status: number;
}

export interface TaxesToAccountsTable {
  id: Generated<number>;
  accountid: number;
  taxes_id: number;
  taxes_priority: number;
  assign_date: Datetime;
}

export interface PricelistsTable {
  id: Generated<number>;
  name: string;
  status: number;
  reseller_id: number;
}

export interface LocalizationTable {
  id: Generated<number>;
  name: string;
  reseller_id: number;
  status: number;
}

export interface CountrycodeTable {
  id: Generated<number>;
  iso: string;
  country: string;
  nicename: string;
}

export interface TimezoneTable {
  id: Generated<number>;
  gmttime: string | null;
  gmtoffset: number;
  timezone_name: string;
}

export interface CurrencyTable {
  id: Generated<number>;
  currency: string;
  currencyname: string;
}

export interface SystemTable {
  id: Generated<number>;
  name: string | null;
  value: string | null;
  reseller_id: number;
}

/** Carrierdesk's own schema (server/migrate.ts), beside ASTPP's database. */
export interface SessionsTable {
  /** SHA-256 of the token in the cookie: a leaked table does not give working cookies. */
  id: string;
  account_id: number;
  /** SHA-256 of the account's stored password when signed in: a changed password ends the session. */
  password_fingerprint: string;
  created_at: Datetime;
  expires_at: Datetime;
}

/** Sign-in attempts per client address and per account name, shared by every server process. */
export interface RateLimitsTable {
  bucket: string;
  window_start_ms: number;
  hits: number;
}

export interface Database {
  accounts: AccountsTable;
  taxes: TaxesTable;
  taxes_to_accounts: TaxesToAccountsTable;
  pricelists: PricelistsTable;
  localization: LocalizationTable;
  countrycode: CountrycodeTable;
  timezone: TimezoneTable;
  currency: CurrencyTable;
  system: SystemTable;
  sessions: SessionsTable;
  rate_limits: RateLimitsTable;
}
