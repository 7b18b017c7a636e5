import fc from 'fast-check';
import { countries } from '../../mocks/data/countries';
import { currencies } from '../../mocks/data/currencies';
import { timezones } from '../../mocks/data/timezones';
import { seedLocalizations, seedRateGroups, seedTaxes } from '../../mocks/seed';
import type { Customer } from '../features/customers/customer-schema';
import { cliPoolModes, fieldsOfSection, INT_COLUMN_MAX, type AnyFieldSpec } from '../features/customers/fields';
import type { SectionSlug } from '../features/customers/sections';

/**
 * fast-check arbitraries for customer values: `valid` ones the form and the server must both
 * accept, and `nearValid` ones around each rule's edges (one digit short, a decimal too many,
 * a European decimal comma, wrong types) that they must judge alike.
 *
 * Values the server alone can refuse (a duplicate email, another reseller's rate group, a
 * country code not in the list) are left out: the form cannot know them.
 */

const trimmed = (max: number, unit: 'grapheme' | 'grapheme-ascii' = 'grapheme') =>
  fc
    .string({ maxLength: max, unit })
    .map((s) => s.trim())
    .filter((s) => s.length <= max);

const wireMoney = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }), fc.integer({ min: 0, max: 99_999 }))
  .map(([integer, fraction]) => `${integer}.${String(fraction).padStart(5, '0')}`);

/** Money as an operator types or pastes it, valid and not. */
const typedMoney = fc.oneof(
  wireMoney,
  fc.constantFrom('0', '12.5', ' 12.5 ', '1,234.50', '12,345,678.12345', '007', '12.'),
  fc.constantFrom('', '  ', '1,23', '12,5', '-1', '1.234,50', '$5', 'abc', '0.123456', '1000000000000000', '.5'),
  fc.stringMatching(/^-?[\d,]{0,8}(\.\d{0,7})?$/),
);

const isoDate = fc
  .date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2125, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const ownIds = (list: ReadonlyArray<{ id: number; resellerId: number | null }>, customer: Customer) =>
  list.filter((item) => item.resellerId === customer.resellerId).map((item) => item.id);

let emailCounter = 0;
/** Addresses no seeded customer uses (they are @example.com). */
const freshEmail = fc
  .stringMatching(/^[a-z][a-z0-9]{0,8}([._-][a-z0-9]{1,8}){0,2}$/)
  .map((local) => `${local}.${(emailCounter += 1)}@generated.example.org`);

type FieldArbitraries = (customer: Customer) => fc.Arbitrary<unknown>;

/** Valid wire values, field by field. */
export const validValues: Record<string, FieldArbitraries> = {
  password: () => fc.constantFrom('', 'Str0ngPass', 'An0ther-Passw0rd!', 'Zoë-Pa55word'),
  pin: () => fc.oneof(fc.constant(''), fc.stringMatching(/^\d{1,20}$/)),
  email: () => freshEmail,
  validDays: () => fc.oneof(fc.integer({ min: 0, max: 36500 }), fc.constantFrom(60000, INT_COLUMN_MAX)),
  expiresAt: () => isoDate,
  status: () => fc.constantFrom('active', 'inactive'),
  maxChannels: () => fc.integer({ min: 0, max: INT_COLUMN_MAX }),
  cps: () => fc.integer({ min: 0, max: INT_COLUMN_MAX }),
  localizationId: (c) => fc.constantFrom(null, ...ownIds(seedLocalizations, c)),
  allowLocalCalls: () => fc.boolean(),
  localCallChargePerMinute: () => wireMoney,
  allowLossLessRouting: () => fc.boolean(),
  allowRecording: () => fc.boolean(),
  allowIpManagement: () => fc.boolean(),
  notifications: () => fc.boolean(),
  paymentGatewayPermission: () => fc.boolean(),
  firstName: () =>
    fc.oneof(fc.constantFrom('Zoë', 'Ñandú', '李', 'Ólafur', 'Айгерим', 'Δημήτρης'), trimmed(40).filter((s) => s.length > 0)),
  lastName: () => trimmed(40),
  company: () => trimmed(40),
  phone: () => fc.stringMatching(/^[\d+()-]( ?[\d+()-]){0,9}$/),
  notificationEmail: () => fc.oneof(fc.constant(''), freshEmail),
  address1: () => trimmed(80),
  address2: () => trimmed(80),
  city: () => trimmed(20),
  province: () => trimmed(20),
  zipCode: () => trimmed(12, 'grapheme-ascii'),
  countryId: () => fc.constantFrom(...countries.map(([code]) => code)),
  timezone: () => fc.constantFrom(...timezones),
  currency: () => fc.constantFrom(...currencies.map(([code]) => code)),
  accountType: () => fc.constantFrom('prepaid', 'postpaid'),
  creditLimit: () => wireMoney,
  rateGroupId: (c) => fc.constantFrom(...ownIds(seedRateGroups, c)),
  nonCliRateGroupId: (c) => fc.constantFrom(null, ...ownIds(seedRateGroups, c)),
  cliPool: () => fc.constantFrom(...cliPoolModes),
  billingSchedule: () => fc.constantFrom('daily', 'monthly'),
  billingDay: () => fc.integer({ min: 1, max: 28 }),
  taxIds: (c) => fc.subarray(ownIds(seedTaxes, c)),
  taxNumber: () => trimmed(100),
  generateInvoice: () => fc.boolean(),
  invoiceNote: () => trimmed(110),
  reference: () => trimmed(100),
};

const text = (max: number) =>
  fc.oneof(fc.string({ maxLength: max + 3, unit: 'grapheme' }), fc.constantFrom('', '   ', ' padded ', 'x'.repeat(max), 'x'.repeat(max + 1)));

/** Values around the edges of each rule, valid or not, plus wrong types an API client could send. */
const nearValues: Record<string, FieldArbitraries> = {
  password: () => fc.constantFrom('', 'Str0ngPass', 'Sh0rt', 'lowercase1', 'UPPERCASE1', 'NoDigitsHere', `Aa1${'x'.repeat(62)}`),
  pin: () => fc.oneof(fc.stringMatching(/^\d{18,22}$/), fc.constantFrom('', ' 123456 ', '12345a', '12 345')),
  email: () => fc.oneof(freshEmail, fc.constantFrom('', 'not-an-email', 'zoe@', ' spaced@generated.example.org ', `${'a'.repeat(70)}@example.org`)),
  validDays: () => fc.oneof(fc.integer({ min: -3, max: 3 }), fc.constantFrom(60000, INT_COLUMN_MAX, INT_COLUMN_MAX + 1, '', 1.5, '30')),
  expiresAt: () => fc.oneof(isoDate, fc.constantFrom('', null, '2027-02-29', '2027-13-01', '15/01/2027')),
  status: () => fc.constantFrom('active', 'inactive', 'deleted', ''),
  maxChannels: () => fc.oneof(fc.integer({ min: -2, max: 3 }), fc.constantFrom(100_001, INT_COLUMN_MAX, INT_COLUMN_MAX + 1, '', 2.5)),
  cps: () => fc.oneof(fc.integer({ min: -2, max: 3 }), fc.constantFrom(10_001, INT_COLUMN_MAX + 1, '', 0.5)),
  localizationId: (c) => fc.oneof(validValues.localizationId!(c), fc.constantFrom(0, -1, 1.5, 'x')),
  localCallChargePerMinute: () => typedMoney,
  firstName: () => fc.oneof(text(40), fc.constantFrom('Zoë', 'Ñandú', '李', 'Ólafur')),
  lastName: () => text(40),
  company: () => text(40),
  phone: () =>
    fc.oneof(
      fc.stringMatching(/^[\d +()-]{0,22}$/),
      fc.constantFrom('555.0100', '+1 555 CALL', '#12', ''),
    ),
  notificationEmail: () => fc.oneof(fc.constant(''), freshEmail, fc.constantFrom('billing at example.org', '@x')),
  address1: () => text(80),
  address2: () => text(80),
  city: () => text(20),
  province: () => text(20),
  zipCode: () => text(12),
  countryId: () => fc.oneof(validValues.countryId!({} as Customer), fc.constantFrom('', 'fr', 'FRA', '1A', null)),
  timezone: () => fc.oneof(validValues.timezone!({} as Customer), fc.constantFrom('', null, 'x'.repeat(65))),
  currency: () => fc.oneof(validValues.currency!({} as Customer), fc.constantFrom('', 'eur', 'EURO', null)),
  accountType: () => fc.constantFrom('prepaid', 'postpaid', 'credit'),
  creditLimit: () => fc.oneof(typedMoney, fc.constant(null)),
  rateGroupId: (c) => fc.oneof(validValues.rateGroupId!(c), fc.constantFrom(null, 0, -1, 2.5)),
  nonCliRateGroupId: (c) => fc.oneof(validValues.nonCliRateGroupId!(c), fc.constantFrom(0, -3)),
  cliPool: () => fc.constantFrom(...cliPoolModes, 'random-cli', 'sometimes'),
  billingSchedule: () => fc.constantFrom('daily', 'monthly', 'weekly'),
  billingDay: () => fc.oneof(fc.integer({ min: -1, max: 30 }), fc.constantFrom(null, 1.5, '15')),
  taxIds: (c) =>
    fc.oneof(
      validValues.taxIds!(c),
      fc.constantFrom([0], [1.5], 'none'),
    ),
  taxNumber: () => text(100),
  invoiceNote: () => text(110),
  reference: () => text(100),
};

// Arbitraries depend on the customer only through its reseller (its own rate groups, taxes and
// localizations): build each once, not once per generated case.
const built = new Map<string, fc.Arbitrary<unknown>>();

function memo(key: string, build: () => fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  let arbitrary = built.get(key);
  if (!arbitrary) {
    arbitrary = build();
    built.set(key, arbitrary);
  }
  return arbitrary;
}

/** Mostly valid values (`validWeight` to 1), so that whole sections pass often enough. */
export function nearValidValue(name: string, customer: Customer, validWeight = 2): fc.Arbitrary<unknown> {
  return memo(`near ${validWeight} ${name} ${customer.resellerId}`, () => {
    const valid = validValue(name, customer);
    const near = nearValues[name];
    return near ? fc.oneof({ arbitrary: valid, weight: validWeight }, { arbitrary: near(customer), weight: 1 }) : valid;
  });
}

export function validValue(name: string, customer: Customer): fc.Arbitrary<unknown> {
  const arbitrary = validValues[name];
  if (!arbitrary) throw new Error(`No arbitrary for ${name}`);
  return memo(`valid ${name} ${customer.resellerId}`, () => arbitrary(customer));
}

/** Fields an operator can edit on a saved customer, in this section. */
export function editableFields(section: SectionSlug): AnyFieldSpec[] {
  return fieldsOfSection(section).filter((f) => f.writable === undefined || f.writable === 'always');
}

/** Some fields of one section, each with a value from `value`. */
export function sectionEdits(
  section: SectionSlug,
  customer: Customer,
  value: (name: string, customer: Customer) => fc.Arbitrary<unknown>,
): fc.Arbitrary<Record<string, unknown>> {
  const fields = editableFields(section);
  return fc.record(Object.fromEntries(fields.map((f) => [f.name, value(f.name, customer)])), {
    requiredKeys: [],
  }) as fc.Arbitrary<Record<string, unknown>>;
}
