import {
  customerCreateSchema,
  customerValidator,
  fieldsToCheck,
  unpatchable,
  type Customer,
} from '../src/features/customers/customer-schema';
import { accountTypeChangeErrors } from '../src/features/customers/account-type-change';
import type { Settings } from '../src/features/settings/settings-schema';
import { countries } from './data/countries';
import { currencies } from './data/currencies';
import { timezones } from './data/timezones';
import { seedLocalizations, seedRateGroups, seedResellers, seedTaxes, seedUsers } from './seed';

/**
 * What the mock backend decides about a customer write, without HTTP or storage: the
 * handlers answer 422 with `errors`, or store `customer`. Kept pure so tests can ask it
 * thousands of times whether it agrees with the form.
 */
export type FieldErrors = Record<string, string[]>;
export type WriteOutcome = { ok: true; customer: Customer } | { ok: false; errors: FieldErrors };

/** What the rules need to know besides the body. */
export interface CustomerStore {
  settings: Settings;
  customers: readonly Customer[];
}

export function issuesToErrors(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = String(issue.path[0] ?? '_');
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

/**
 * Rules only the server can check, on the fields `checked` (all of them for a new customer):
 * uniqueness and the reseller's own reference data. A stored value nobody sent is not
 * judged again (a duplicate email ASTPP already holds does not block saving the Company).
 */
export function serverRules(store: CustomerStore, candidate: Customer, selfId?: number, checked?: ReadonlySet<string>): FieldErrors {
  const errors: FieldErrors = {};
  const others = store.customers.filter((c) => c.id !== selfId);
  const check = (name: keyof Customer) => !checked || checked.has(name);
  // As in ASTPP, an email is unique over every account: customers and the staff who sign in.
  const taken = (email: string) => email.toLowerCase() === candidate.email.toLowerCase();
  if (check('email') && (others.some((c) => taken(c.email)) || seedUsers.some((u) => taken(u.email)))) {
    errors.email = ['Another account already uses this email address. Enter a different one.'];
  }
  if (check('accountNumber') && others.some((c) => c.accountNumber === candidate.accountNumber)) {
    errors.accountNumber = ['This account number is taken. Generate a new one.'];
  }
  const own = (item: { resellerId: number | null } | undefined) => item && item.resellerId === candidate.resellerId;
  if (check('rateGroupId') && !own(seedRateGroups.find((g) => g.id === candidate.rateGroupId))) {
    errors.rateGroupId = ['Choose one of the rate groups of this customer’s reseller'];
  }
  if (check('nonCliRateGroupId') && candidate.nonCliRateGroupId !== null && !own(seedRateGroups.find((g) => g.id === candidate.nonCliRateGroupId))) {
    errors.nonCliRateGroupId = ['Choose one of the rate groups of this customer’s reseller'];
  }
  if (check('localizationId') && candidate.localizationId !== null && !own(seedLocalizations.find((l) => l.id === candidate.localizationId))) {
    errors.localizationId = ['Choose one of the localizations of this customer’s reseller'];
  }
  if (check('countryId') && !countries.some(([code]) => code === candidate.countryId)) errors.countryId = ['Choose a country from the list'];
  if (check('timezone') && !timezones.includes(candidate.timezone)) errors.timezone = ['Choose a timezone from the list'];
  if (check('currency') && !currencies.some(([code]) => code === candidate.currency)) errors.currency = ['Choose a currency from the list'];
  if (check('taxIds') && candidate.taxIds.some((id) => !own(seedTaxes.find((t) => t.id === id)))) {
    errors.taxIds = ['Choose taxes of this customer’s reseller from the list'];
  }
  return errors;
}

/** ICU's name of a zone, the same for every spelling of it (undefined for no zone at all). */
function icuZone(zone: string): string | undefined {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

let listedByIcuZone: Map<string, string> | undefined;

/**
 * The list's spelling of a time zone. Browsers report the zone they run in as ICU spells it,
 * which for Chromium is often a legacy name (Asia/Calcutta for Asia/Kolkata): the create form
 * starts with it, and it is the same zone.
 */
export function listedTimezone(zone: string): string | undefined {
  if (timezones.includes(zone)) return zone;
  listedByIcuZone ??= new Map(timezones.map((listed) => [icuZone(listed) ?? listed, listed]));
  const icu = icuZone(zone);
  return icu === undefined ? undefined : listedByIcuZone.get(icu);
}

/**
 * Hidden fields are stored empty: a prepaid customer has no credit limit, a daily one no
 * billing day. A time zone is stored as the list spells it.
 */
export function normalise(customer: Customer): Customer {
  return {
    ...customer,
    timezone: listedTimezone(customer.timezone) ?? customer.timezone,
    creditLimit: customer.accountType === 'postpaid' ? customer.creditLimit : null,
    billingDay: customer.billingSchedule === 'monthly' ? customer.billingDay : null,
  };
}

function withoutPassword<T extends { password?: unknown }>(values: T): Omit<T, 'password'> {
  const { password: _password, ...rest } = values;
  return rest;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Building a validator takes milliseconds; parsing with it, microseconds.
const validators = new Map<string, ReturnType<typeof customerValidator>>();

/** The create validator, or the edit validator of the fields `checked`. */
function validatorFor(settings: Settings, mode: 'create' | 'edit', checked: readonly string[] = []) {
  const key = `${mode} ${checked.join()} ${JSON.stringify(settings)}`;
  let validator = validators.get(key);
  if (!validator) {
    validator = mode === 'edit' ? customerValidator(checked, { settings, mode }) : customerCreateSchema({ settings, mode });
    validators.set(key, validator);
  }
  return validator;
}

/**
 * PATCH /customers/:id: the body holds only changed fields. They are merged into the record
 * and checked with the form's own validator, on the fields sent and those whose rules read
 * them (fieldsToCheck), so the server accepts exactly what the form accepts: an untouched
 * legacy value is not judged, and a field the merged record hides (the credit limit of a
 * prepaid customer, the billing day of a daily one) is neither validated nor stored.
 */
export function patchCustomer(store: CustomerStore, customer: Customer, body: unknown): WriteOutcome {
  if (!isPlainObject(body)) return { ok: false, errors: { _: ['Send the changed fields as a JSON object'] } };
  const refused = unpatchable(body, store.settings);
  if (Object.keys(refused).length > 0) return { ok: false, errors: refused };
  const checked = fieldsToCheck(Object.keys(body));
  const merged = { ...customer, ...body, password: 'password' in body ? body.password : '' };
  const valid = validatorFor(store.settings, 'edit', checked).safeParse(merged);
  // Another account type while the balance is not 0: what the balance means would change.
  const typeChange = accountTypeChangeErrors(customer, body, store.settings.baseCurrency);
  if (!valid.success) return { ok: false, errors: { ...issuesToErrors(valid.error.issues), ...typeChange } };
  if (Object.keys(typeChange).length > 0) return { ok: false, errors: typeChange };

  const updated = normalise({
    ...customer,
    ...withoutPassword(valid.data as Partial<Customer> & { password?: string }),
  });
  const errors = serverRules(store, updated, customer.id, new Set(checked));
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, customer: updated };
}

/** POST /customers: every field writable on create; the caller's scope is applied before. */
export function createCustomer(store: CustomerStore, body: unknown, id: number, now = new Date()): WriteOutcome {
  const valid = validatorFor(store.settings, 'create').safeParse(body);
  if (!valid.success) return { ok: false, errors: issuesToErrors(valid.error.issues) };
  const values = withoutPassword(valid.data as Partial<Customer> & { password?: string });
  // What a stock ASTPP database stores for the fields it has no column for.
  const notStored: Partial<Customer> = { allowLossLessRouting: false, nonCliRateGroupId: null, cliPool: 'disabled' };
  const created = normalise({
    ...notStored,
    ...(values as Omit<Customer, 'id' | 'balance' | 'createdAt' | 'firstUsedAt'>),
    // ASTPP copies the email here when none is given.
    notificationEmail: values.notificationEmail || values.email,
    resellerId: (values.resellerId as number | null | undefined) ?? null,
    id,
    balance: '0.00000',
    createdAt: now.toISOString(),
    firstUsedAt: null,
  } as Customer);
  if (created.resellerId !== null && !seedResellers.some((r) => r.id === created.resellerId)) {
    return { ok: false, errors: { resellerId: ['Choose a reseller from the list'] } };
  }
  const errors = serverRules(store, created);
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, customer: created };
}
