import type { Customer } from '../src/features/customers/customer-schema';
import type { CliPoolMode } from '../src/features/customers/fields';
import { defaultSettings, type Settings } from '../src/features/settings/settings-schema';
import type { User } from '../src/features/session/session-schema';
import { mockAccounts } from './accounts';

/**
 * The deterministic data set of the mock backend: the same 240 customers on every machine,
 * so QA can name "customer 1" in a flow. Change SEED_VERSION when the shape changes, so
 * browsers holding an older copy start again from the seed.
 */
export const SEED_VERSION = 5;
export const SEED_CUSTOMER_COUNT = 240;

/** Fixed "now" of the seed, so generated dates do not move between runs. */
const SEED_EPOCH = Date.UTC(2026, 0, 15, 9, 30);
const DAY = 86_400_000;

export interface MockUser extends User {
  password: string;
}

export const seedUsers: MockUser[] = mockAccounts.map(({ name, email, password, role, resellerId }, i) => ({
  id: i + 1,
  name,
  email,
  password,
  role,
  resellerId,
}));

export const seedResellers = [
  { id: 1, name: 'Northwind Telecom' },
  { id: 2, name: 'Contoso Voice' },
];

export const seedRateGroups = [
  { id: 1, name: 'Standard Retail', resellerId: null },
  { id: 2, name: 'Wholesale A-Z', resellerId: null },
  { id: 3, name: 'Premium Routes', resellerId: null },
  { id: 4, name: 'Mobile Heavy', resellerId: null },
  { id: 5, name: 'Northwind Basic', resellerId: 1 },
  { id: 6, name: 'Northwind Plus', resellerId: 1 },
  { id: 7, name: 'Northwind No-CLI', resellerId: 1 },
  { id: 8, name: 'Contoso Standard', resellerId: 2 },
  { id: 9, name: 'Contoso Enterprise', resellerId: 2 },
  { id: 10, name: 'Contoso No-CLI', resellerId: 2 },
];

export const seedLocalizations = [
  { id: 1, name: 'North America (+1)', resellerId: null },
  { id: 2, name: 'United Kingdom (+44)', resellerId: null },
  { id: 3, name: 'Germany (+49)', resellerId: null },
  { id: 4, name: 'Northwind Nordics', resellerId: 1 },
  { id: 5, name: 'Contoso India (+91)', resellerId: 2 },
];

export const seedTaxes = [
  { id: 1, name: 'VAT 20%', rate: '20.00', resellerId: null },
  { id: 2, name: 'GST 10%', rate: '10.00', resellerId: null },
  { id: 3, name: 'Sales tax 8.875%', rate: '8.875', resellerId: null },
  { id: 4, name: 'Telecom levy 2%', rate: '2.00', resellerId: null },
  { id: 5, name: 'Northwind VAT 25%', rate: '25.00', resellerId: 1 },
  { id: 6, name: 'Contoso GST 18%', rate: '18.00', resellerId: 2 },
];

/** mulberry32: small, fast and the same everywhere. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Names in many scripts: ASTPP strips non-ASCII letters; we must keep them.
const firstNames = [
  'Olivia', 'Liam', 'Zoë', 'Ólafur', 'Amélie', 'José', 'Søren', 'Ñandú', '李', 'Mei', 'Aiko', 'Hiroshi',
  'Fatima', 'Omar', 'Priya', 'Arjun', 'Chloé', 'Björn', 'Łukasz', 'Dvořák', 'Noah', 'Emma', 'Sofía',
  'Mateo', 'Ingrid', 'Kwame', 'Amara', 'Yusuf', 'Anaïs', 'Giulia', 'Ana', 'Tomás', 'Saoirse', 'Nikolai',
  'Айгерим', 'Δημήτρης', 'Grace', 'Ethan', 'Maya', 'Lucas',
];
const lastNames = [
  'Smith', 'García', 'Müller', 'Rossi', 'Nakamura', 'Kowalski', 'Dubois', 'Jónsdóttir', 'Okafor', 'Haddad',
  'Patel', 'Nguyễn', 'Andersson', 'O’Brien', 'Fernández', 'Novák', 'Kim', 'Wang', 'Silva', 'Ivanova',
  'Schmidt', 'Costa', 'Yılmaz', 'Lefèvre', 'Hughes', 'Mensah', 'Tanaka', 'Berg', 'Lopez', 'Chen',
];
const companies = [
  'Blue Harbor Logistics', 'Café Lumière', 'Nordlicht GmbH', 'Sunrise Dental', 'Atlas Freight',
  'Maple & Pine Realty', 'Kōbe Trading Co.', 'Vega Call Center', 'Bright Minds Tutoring', 'Olive Tree Bistro',
  'Quantum Repairs', 'Helios Solar', 'Riverbank Clinic', 'Taller Ñandú', 'Green Valley Farms', '',
];
const cities: Array<[country: string, city: string, timezone: string, currency: string]> = [
  ['US', 'Austin', 'America/Chicago', 'USD'],
  ['US', 'Seattle', 'America/Los_Angeles', 'USD'],
  ['GB', 'Leeds', 'Europe/London', 'GBP'],
  ['DE', 'München', 'Europe/Berlin', 'EUR'],
  ['FR', 'Lyon', 'Europe/Paris', 'EUR'],
  ['ES', 'Sevilla', 'Europe/Madrid', 'EUR'],
  ['IS', 'Reykjavík', 'Atlantic/Reykjavik', 'ISK'],
  ['IN', 'Pune', 'Asia/Kolkata', 'INR'],
  ['JP', 'Osaka', 'Asia/Tokyo', 'JPY'],
  ['KW', 'Kuwait City', 'Asia/Kuwait', 'KWD'],
  ['BR', 'Curitiba', 'America/Sao_Paulo', 'BRL'],
  ['AU', 'Perth', 'Australia/Perth', 'AUD'],
  ['CA', 'Halifax', 'America/Halifax', 'CAD'],
  ['SE', 'Malmö', 'Europe/Stockholm', 'SEK'],
  ['NG', 'Lagos', 'Africa/Lagos', 'NGN'],
];

function pick<T>(next: () => number, list: readonly T[]): T {
  return list[Math.floor(next() * list.length)] as T;
}

function money(next: () => number, max: number, decimals = 2): string {
  const [integer, fraction = ''] = (next() * max).toFixed(decimals).split('.');
  return `${integer}.${fraction.padEnd(5, '0')}`;
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function slug(text: string): string {
  const ascii = text.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '');
  return ascii || 'customer';
}

export function seedCustomers(settings: Settings = defaultSettings): Customer[] {
  const next = random(20260115);
  const customers: Customer[] = [];
  const accountNumbers = new Set<string>();
  for (let id = 1; id <= SEED_CUSTOMER_COUNT; id++) {
    const resellerId = id % 10 < 4 ? null : id % 10 < 7 ? 1 : 2;
    const rateGroups = seedRateGroups.filter((g) => g.resellerId === resellerId);
    const localizations = seedLocalizations.filter((l) => l.resellerId === resellerId);
    const taxes = seedTaxes.filter((t) => t.resellerId === resellerId);
    const firstName = pick(next, firstNames);
    const lastName = pick(next, lastNames);
    const [countryId, city, timezone, currency] = pick(next, cities);
    let accountNumber: string;
    do {
      accountNumber = String(Math.floor(next() * 9 * 10 ** (settings.accountNumberLength - 1)) + 10 ** (settings.accountNumberLength - 1));
    } while (accountNumbers.has(accountNumber));
    accountNumbers.add(accountNumber);
    const postpaid = next() < 0.45;
    const monthly = next() < 0.6;
    // The kind of CLI pool by chance, then which of ASTPP's modes of that kind by the id.
    const cliPoolKind = pick(next, ['disabled', 'disabled', 'random', 'non-cli-rate-group', 'reject'] as const);
    const cliPool = cliPoolOf(cliPoolKind, id);
    const validDays = pick(next, [30, 90, 365, 365, 730, 3650]);
    const createdAt = SEED_EPOCH - Math.floor(next() * 700) * DAY;
    const used = next() < 0.8;
    // Drawn for every postpaid customer (the draws stay as they were, and with them every
    // name and id after them): whether this one ran past the credit limit.
    const overLimit = postpaid && next() < 0.4;
    const customer: Customer = {
      id,
      createdAt: new Date(createdAt).toISOString(),
      // Drawn here, made ASTPP's balance below (seededBalance) once the credit limit is drawn.
      balance: money(next, 2500),
      resellerId,
      accountNumber,
      pin: next() < 0.7 ? String(Math.floor(next() * 10 ** settings.pinLength)).padStart(settings.pinLength, '0') : '',
      email: `${slug(firstName)}.${slug(lastName)}.${id}@example.com`,
      firstUsedAt: used ? new Date(createdAt + Math.floor(next() * 20) * DAY + 37_000).toISOString() : null,
      validDays,
      expiresAt: isoDate(SEED_EPOCH + validDays * DAY),
      status: next() < 0.85 ? 'active' : 'inactive',
      maxChannels: pick(next, [0, 0, 2, 5, 10, 30]),
      cps: pick(next, [0, 0, 1, 5, 10]),
      localizationId: next() < 0.7 ? (pick(next, localizations)?.id ?? null) : null,
      allowLocalCalls: next() < 0.6,
      localCallChargePerMinute: money(next, 0.05, 5),
      allowLossLessRouting: next() < 0.2,
      allowRecording: next() < 0.3,
      allowIpManagement: next() < 0.5,
      notifications: next() < 0.8,
      paymentGatewayPermission: next() < 0.5,
      firstName,
      lastName,
      company: pick(next, companies),
      phone: `+${pick(next, ['1', '44', '49', '33', '34', '91', '81'])} ${Math.floor(next() * 9e8 + 1e8)}`,
      notificationEmail: next() < 0.3 ? `billing.${id}@example.net` : '',
      address1: `${Math.floor(next() * 300) + 1} ${pick(next, ['Harbour Street', 'Calle Mayor', 'Hauptstraße', 'Rue de la Paix', 'Main Street'])}`,
      address2: next() < 0.3 ? `Suite ${Math.floor(next() * 900) + 100}` : '',
      city,
      province: '',
      zipCode: String(Math.floor(next() * 90000) + 10000),
      countryId,
      timezone,
      currency,
      accountType: postpaid ? 'postpaid' : 'prepaid',
      creditLimit: postpaid ? money(next, 5000, 0) : null,
      rateGroupId: pick(next, rateGroups).id,
      nonCliRateGroupId: cliPoolKind === 'non-cli-rate-group' || next() < 0.2 ? (rateGroups.at(-1)?.id ?? null) : null,
      cliPool,
      billingSchedule: monthly ? 'monthly' : 'daily',
      billingDay: monthly ? Math.floor(next() * 28) + 1 : null,
      taxIds: next() < 0.5 ? [pick(next, taxes).id] : [],
      taxNumber: next() < 0.4 ? `TX-${Math.floor(next() * 1e8)}` : '',
      generateInvoice: next() < 0.5,
      invoiceNote: '',
      reference: next() < 0.3 ? `PO-${id * 7}` : '',
    };
    customers.push({ ...customer, balance: seededBalance(customer, overLimit) });
  }
  return customers.map((customer) => ({ ...customer, ...legacyRows(settings)[customer.id] }));
}

/**
 * ASTPP's balance, in the base currency, from an amount drawn up to 2500: what a prepaid
 * customer has left (0 for some who never called nor topped up), what a postpaid one has
 * used (owed). Postpaid: 0 for those who never called, mostly below the credit limit, past
 * it for a few (`overLimit`).
 */
function seededBalance({ accountType, balance: drawn, creditLimit, firstUsedAt }: Customer, overLimit: boolean): string {
  const neverCalled = firstUsedAt === null;
  if (accountType === 'prepaid') return neverCalled && Number(drawn) < 1250 ? '0.00000' : drawn;
  if (neverCalled) return '0.00000';
  const limit = Number(creditLimit ?? '0');
  if (Number(drawn) <= limit || overLimit) return drawn;
  // The same share of the credit limit as the drawn amount is of 2500.
  return money(() => Number(drawn) / 2500, limit);
}

function cliPoolOf(kind: 'disabled' | 'random' | 'non-cli-rate-group' | 'reject', id: number): CliPoolMode {
  if (kind === 'disabled') return 'disabled';
  const matched = kind === 'random' ? ['did', 'caller-id'][id % 2] : ['did', 'caller-id', 'any'][id % 3];
  return `${kind === 'random' ? 'random' : kind}-${matched}` as CliPoolMode;
}

/**
 * Rows as operators' ASTPP databases hold them, which today's settings would not create
 * (ASTPP.md, "Stock rows"): they must open, and every section of them must save.
 */
export const legacyCustomerIds = { stock: 3, sparse: 14, provider: 240 } as const;

function legacyRows(settings: Settings): Record<number, Partial<Customer>> {
  return {
    // Like ASTPP's stock customer: a 10-digit pin (under a 6-digit setting), 60000 valid
    // days, and an account number of another length than today's setting; and a phone
    // number with letters, which ASTPP's pages let through and today's rule refuses.
    [legacyCustomerIds.stock]: {
      phone: '+1 555 CALL NOW',
      pin: '4738291056',
      validDays: 60000,
      expiresAt: isoDate(SEED_EPOCH + 60000 * DAY),
      accountNumber: '7'.repeat(settings.accountNumberLength + 2),
    },
    // Everything optional left empty, and a 7-digit account number.
    [legacyCustomerIds.sparse]: {
      accountNumber: '3141592',
      pin: '',
      lastName: '',
      company: '',
      phone: '',
      notificationEmail: '',
      address1: '',
      address2: '',
      city: '',
      province: '',
      zipCode: '',
      localizationId: null,
      taxIds: [],
      taxNumber: '',
      reference: '',
    },
    // Like ASTPP's stock provider account: no valid days left, expired, no LC charge.
    [legacyCustomerIds.provider]: {
      firstName: 'provider',
      lastName: '',
      company: 'ASTPP',
      validDays: 0,
      expiresAt: '2016-07-26',
      localCallChargePerMinute: '0.00000',
      pin: '320736',
    },
  };
}

export const seedSettings: Settings = defaultSettings;
