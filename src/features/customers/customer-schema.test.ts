// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { legacyCustomerIds, seedCustomers } from '../../../mocks/seed';
import { aCustomer, errorsByField } from '../../test/customer-fixture';
import { defaultSettings, type Settings } from '../settings';
import {
  customerCreateSchema,
  customerPatchSchema,
  customerSchema,
  customerValidator,
  sectionValidator,
  writableNames,
} from './customer-schema';
import { cliPoolModes, customerFields, type AnyFieldSpec, type FormMode } from './fields';

interface CheckOptions {
  names?: readonly string[];
  settings?: Partial<Settings>;
  mode?: FormMode;
}

const validators = new Map<string, ReturnType<typeof customerValidator>>();

/** Runs the shared validator (the form's and the mock backend's) over the named fields. */
function check(values: Record<string, unknown>, { names = Object.keys(values), settings = {}, mode = 'edit' }: CheckOptions = {}) {
  const key = JSON.stringify([names, settings, mode]);
  if (!validators.has(key)) validators.set(key, customerValidator(names, { settings: { ...defaultSettings, ...settings }, mode }));
  const result = validators.get(key)!.safeParse(values);
  return result.success
    ? { ok: true as const, data: result.data as Record<string, unknown>, errors: {} as Record<string, string[]> }
    : { ok: false as const, data: undefined, errors: errorsByField(result.error.issues) };
}

/** The one message a single-field check answers (fails the test when it passes). */
function messageFor(name: string, value: unknown, options: CheckOptions = {}): string | undefined {
  const result = check({ [name]: value }, options);
  expect(result.ok, `${name} = ${JSON.stringify(value)} should be rejected`).toBe(false);
  return result.errors[name]?.[0];
}

function accepts(name: string, value: unknown, options: CheckOptions = {}) {
  const result = check({ [name]: value }, options);
  expect(result.errors, `${name} = ${JSON.stringify(value)} should be accepted`).toEqual({});
  return result.data?.[name];
}

describe('account number', () => {
  it.each([8, 10])('a new one is exactly %i digits when settings say so', (length) => {
    const settings = { accountNumberLength: length };
    const mode = 'create';
    expect(accepts('accountNumber', '7'.repeat(length), { settings, mode })).toBe('7'.repeat(length));
    expect(messageFor('accountNumber', '7'.repeat(length - 1), { settings, mode })).toBe(`Enter exactly ${length} digits`);
    expect(messageFor('accountNumber', '7'.repeat(length + 1), { settings, mode })).toBe(`Enter exactly ${length} digits`);
    expect(messageFor('accountNumber', `${'7'.repeat(length - 1)}A`, { settings, mode })).toBe('Use digits only');
  });

  it('a stored one is digits, at most 20 (ASTPP’s column), of any length', () => {
    for (const number of ['3141592', '7'.repeat(12), '9'.repeat(20)]) expect(accepts('accountNumber', number)).toBe(number);
    expect(messageFor('accountNumber', '9'.repeat(21))).toBe('Use at most 20 digits');
    expect(messageFor('accountNumber', '12345A')).toBe('Use digits only');
  });

  it('is required, and surrounding spaces are ignored', () => {
    expect(messageFor('accountNumber', '')).toBe('Enter an account number');
    expect(messageFor('accountNumber', '   ')).toBe('Enter an account number');
    expect(accepts('accountNumber', ' 1234567890 ', { mode: 'create' })).toBe('1234567890');
  });
});

describe('pin', () => {
  it('is digits, at most 20, whatever length the settings generate (ASTPP’s stock customer has 10)', () => {
    for (const pinLength of [4, 6, 8]) {
      for (const pin of ['', '0'.repeat(pinLength), '4738291056', '1'.repeat(20)]) expect(accepts('pin', pin, { settings: { pinLength } })).toBe(pin);
    }
    expect(messageFor('pin', '1'.repeat(21))).toBe('Use at most 20 digits');
  });

  it('takes digits only', () => {
    expect(messageFor('pin', '12345a')).toBe('Use digits only');
    expect(messageFor('pin', '12 345')).toBe('Use digits only');
  });
});

describe('email', () => {
  it('is required and must be an address', () => {
    expect(messageFor('email', '')).toBe('Enter an email address');
    expect(messageFor('email', 'zoe.example.com')).toBe('Enter an email address like name@example.com');
    expect(messageFor('email', 'zoe@')).toBe('Enter an email address like name@example.com');
    expect(accepts('email', ' zoe@example.com ')).toBe('zoe@example.com');
  });

  it('has at most 80 characters', () => {
    const local = 'a'.repeat(80 - '@example.com'.length);
    expect(accepts('email', `${local}@example.com`)).toHaveLength(80);
    expect(messageFor('email', `${local}a@example.com`)).toBe('Use at most 80 characters');
  });

  it('notification email is optional but must be an address when given', () => {
    expect(accepts('notificationEmail', '')).toBe('');
    expect(accepts('notificationEmail', 'billing@example.net')).toBe('billing@example.net');
    expect(messageFor('notificationEmail', 'billing at example.net')).toBe('Enter an email address like name@example.com');
  });
});

describe('password', () => {
  it('is required on create, at least 8 characters with upper case, lower case and a digit', () => {
    const create = { mode: 'create' as const };
    expect(messageFor('password', '', create)).toBe('Enter a password, or generate one');
    expect(messageFor('password', 'Sh0rtPw', create)).toBe('Use at least 8 characters');
    expect(messageFor('password', 'lowercase1', create)).toBe('Add an upper-case letter');
    expect(messageFor('password', 'UPPERCASE1', create)).toBe('Add a lower-case letter');
    expect(messageFor('password', 'NoDigitsHere', create)).toBe('Add a digit');
    expect(messageFor('password', `Aa1${'x'.repeat(62)}`, create)).toBe('Use at most 64 characters');
    expect(accepts('password', 'Str0ngPass', create)).toBe('Str0ngPass');
  });

  it('follows the minimum length of the settings', () => {
    const options = { mode: 'create' as const, settings: { passwordMinLength: 12 } };
    expect(messageFor('password', 'Str0ngPass', options)).toBe('Use at least 12 characters');
    expect(accepts('password', 'Str0ngPassw0rd', options)).toBe('Str0ngPassw0rd');
  });

  it('may be left empty on edit (keeps the current one), but a new one must be strong', () => {
    expect(accepts('password', '')).toBe('');
    expect(messageFor('password', 'weakpass')).toBe('Add an upper-case letter');
    expect(accepts('password', 'N3wPassword')).toBe('N3wPassword');
  });
});

describe('account valid days and expiry date', () => {
  it('valid days are a whole number of 0 or more, with no cap but the column’s (ASTPP’s stock admin has 60000)', () => {
    expect(accepts('validDays', 0)).toBe(0);
    expect(accepts('validDays', 60000)).toBe(60000);
    expect(accepts('validDays', 2_147_483_647)).toBe(2_147_483_647);
    expect(messageFor('validDays', -1)).toBe('Enter 0 days or more');
    expect(messageFor('validDays', 2_147_483_648)).toBe('Enter at most 2,147,483,647');
    expect(messageFor('validDays', 1.5)).toBe('Enter a whole number');
    expect(messageFor('validDays', '')).toBe('Enter the number of days');
    expect(messageFor('validDays', undefined)).toBe('Enter the number of days');
    expect(messageFor('validDays', Number.NaN)).toBe('Enter the number of days');
    expect(messageFor('validDays', 'ten')).toBe('Enter a number');
  });

  it('expiry date is a real calendar date', () => {
    expect(accepts('expiresAt', '2028-02-29')).toBe('2028-02-29');
    expect(messageFor('expiresAt', '2027-02-29')).toBe('Choose an expiry date');
    expect(messageFor('expiresAt', '01/03/2027')).toBe('Choose an expiry date');
    expect(messageFor('expiresAt', '')).toBe('Choose an expiry date');
    expect(messageFor('expiresAt', null)).toBe('Choose an expiry date');
  });
});

describe('status and account settings', () => {
  it('status is active or inactive', () => {
    expect(accepts('status', 'inactive')).toBe('inactive');
    expect(messageFor('status', 'deleted')).toBe('Choose a status');
  });

  it.each(['maxChannels', 'cps'])('%s is 0 (unlimited) or more, with no cap but the column’s', (name) => {
    expect(accepts(name, 0)).toBe(0);
    expect(accepts(name, 250_000)).toBe(250_000);
    expect(messageFor(name, -1)).toBe('Enter 0 (unlimited) or more');
    expect(messageFor(name, 2_147_483_648)).toBe('Enter at most 2,147,483,647');
    expect(messageFor(name, 2.5)).toBe('Enter a whole number');
  });

  it('localization is optional', () => {
    expect(accepts('localizationId', null)).toBeNull();
    expect(accepts('localizationId', 3)).toBe(3);
  });
});

describe('money (LC Charge / Min)', () => {
  it.each([
    ['0', '0.00000'],
    ['12.5', '12.50000'],
    [' 12.5 ', '12.50000'],
    ['1,234.50', '1234.50000'],
    ['1,234,567', '1234567.00000'],
    ['0.00001', '0.00001'],
    ['007.10', '7.10000'],
    ['12.', '12.00000'],
    ['999999999999999.99999', '999999999999999.99999'],
  ])('understands %j as %s', (input, wire) => {
    expect(accepts('localCallChargePerMinute', input)).toBe(wire);
  });

  it.each([
    ['', 'Enter the charge per minute (0 for free)'],
    ['1,23', 'Enter an amount in digits, like 1234.50'],
    ['12,5', 'Enter an amount in digits, like 1234.50'],
    ['1.234,50', 'Enter an amount in digits, like 1234.50'],
    ['$12', 'Enter an amount in digits, like 1234.50'],
    ['1e3', 'Enter an amount in digits, like 1234.50'],
    ['-1', 'Enter an amount of 0 or more'],
    ['0.000001', 'Use at most 5 decimal places'],
    ['1000000000000000', 'Enter an amount with at most 15 digits before the decimal point'],
  ])('rejects %j with "%s"', (input, message) => {
    expect(messageFor('localCallChargePerMinute', input)).toBe(message);
  });
});

describe('credit limit', () => {
  const billing = (values: Record<string, unknown>) => check(values, { names: ['accountType', 'creditLimit'] });

  it('credit limit is required for postpaid and neither validated nor output for prepaid', () => {
    expect(billing({ accountType: 'postpaid', creditLimit: '' }).errors).toEqual({
      creditLimit: ['Enter a credit limit (0 or more) for a postpaid account'],
    });
    expect(billing({ accountType: 'postpaid', creditLimit: null }).errors.creditLimit).toEqual([
      'Enter a credit limit (0 or more) for a postpaid account',
    ]);
    expect(billing({ accountType: 'postpaid', creditLimit: '-5' }).errors.creditLimit).toEqual(['Enter an amount of 0 or more']);
    expect(billing({ accountType: 'postpaid', creditLimit: '1,500' }).data).toEqual({
      accountType: 'postpaid',
      creditLimit: '1500.00000',
    });

    for (const creditLimit of ['', null, 'not money', '-5', '1,23', '1500']) {
      const prepaid = billing({ accountType: 'prepaid', creditLimit });
      expect(prepaid.ok).toBe(true);
      expect(prepaid.data).toEqual({ accountType: 'prepaid' });
    }
  });

  it('credit limit has at most 15 integer digits and 5 decimals', () => {
    expect(billing({ accountType: 'postpaid', creditLimit: '999999999999999.99999' }).ok).toBe(true);
    expect(billing({ accountType: 'postpaid', creditLimit: '1000000000000000' }).ok).toBe(false);
    expect(billing({ accountType: 'postpaid', creditLimit: '0.123456' }).ok).toBe(false);
  });
});

describe('billing day', () => {
  const billing = (values: Record<string, unknown>) => check(values, { names: ['billingSchedule', 'billingDay'] });

  it('billing day is required for monthly billing and neither validated nor output for daily', () => {
    expect(billing({ billingSchedule: 'monthly', billingDay: null }).errors).toEqual({
      billingDay: ['Choose the day of the month invoices are made'],
    });
    expect(billing({ billingSchedule: 'monthly', billingDay: 29 }).errors.billingDay).toEqual(['Choose a day from 1 to 28']);
    expect(billing({ billingSchedule: 'monthly', billingDay: 0 }).errors.billingDay).toEqual(['Choose a day from 1 to 28']);
    expect(billing({ billingSchedule: 'monthly', billingDay: 28 }).data).toEqual({ billingSchedule: 'monthly', billingDay: 28 });

    for (const billingDay of [null, 0, 29, 'first', 15]) {
      const daily = billing({ billingSchedule: 'daily', billingDay });
      expect(daily.ok).toBe(true);
      expect(daily.data).toEqual({ billingSchedule: 'daily' });
    }
  });
});

describe('rate groups and CLI pool', () => {
  const billing = (values: Record<string, unknown>) => check(values, { names: ['rateGroupId', 'nonCliRateGroupId', 'cliPool'] });

  it('rate group is required: without one the customer can make no calls', () => {
    const message = 'Choose a rate group: without one the customer can make no calls';
    expect(billing({ rateGroupId: null, nonCliRateGroupId: null, cliPool: 'disabled' }).errors).toEqual({ rateGroupId: [message] });
    expect(billing({ nonCliRateGroupId: null, cliPool: 'disabled' }).errors).toEqual({ rateGroupId: [message] });
    expect(billing({ rateGroupId: 3, nonCliRateGroupId: null, cliPool: 'disabled' }).ok).toBe(true);
  });

  it('CLI pool has ASTPP’s nine modes, each with its own label', () => {
    const cliPool = customerFields.find((f) => f.name === 'cliPool')!;
    expect(cliPoolModes).toHaveLength(9);
    expect(Array.isArray(cliPool.options) && new Set(cliPool.options.map((o) => o.label)).size).toBe(9);
  });

  it('NON-CLI rate group is required for ASTPP’s modes 3, 4 and 5, which bill at it', () => {
    const [, , , ...rest] = cliPoolModes;
    for (const cliPool of rest.slice(0, 3)) {
      expect(billing({ rateGroupId: 1, nonCliRateGroupId: null, cliPool }).errors).toEqual({
        nonCliRateGroupId: ['Choose a NON-CLI rate group: the CLI pool bills unmatched calls at it'],
      });
      expect(billing({ rateGroupId: 1, nonCliRateGroupId: 2, cliPool }).ok).toBe(true);
    }
    for (const cliPool of [...cliPoolModes.slice(0, 3), ...cliPoolModes.slice(6)]) {
      expect(billing({ rateGroupId: 1, nonCliRateGroupId: null, cliPool }).ok).toBe(true);
      // Still a field of its own: kept when given.
      expect(billing({ rateGroupId: 1, nonCliRateGroupId: 2, cliPool }).data?.nonCliRateGroupId).toBe(2);
    }
  });

  it('CLI pool is one of its modes', () => {
    expect(billing({ rateGroupId: 1, nonCliRateGroupId: null, cliPool: 'sometimes' }).errors).toEqual({
      cliPool: ['Choose a CLI pool mode'],
    });
  });

  it('taxes have no cap of their own', () => {
    expect(accepts('taxIds', [])).toEqual([]);
    expect(accepts('taxIds', Array.from({ length: 12 }, (_, i) => i + 1))).toHaveLength(12);
  });
});

describe('profile text', () => {
  it.each([
    ['firstName', 40],
    ['lastName', 40],
    ['company', 40],
    ['address1', 80],
    ['address2', 80],
    ['city', 20],
    ['province', 20],
    ['zipCode', 12],
    ['taxNumber', 100],
    ['invoiceNote', 110],
    ['reference', 100],
  ])('%s has at most %i characters, as its input enforces', (name, max) => {
    expect(customerFields.find((f) => f.name === name)?.maxLength).toBe(max);
    expect(accepts(name, 'x'.repeat(max))).toHaveLength(max);
    expect(messageFor(name, 'x'.repeat(max + 1))).toBe(`Use at most ${max} characters`);
  });

  it('first name is required', () => {
    expect(messageFor('firstName', '')).toBe('Enter a first name');
    expect(messageFor('firstName', '   ')).toBe('Enter a first name');
  });

  it.each(['Zoë', 'Ñandú', '李', 'Ólafur', 'Айгерим', 'Δημήτρης', 'Nguyễn', 'O’Brien', 'Jean-Luc'])(
    'accepts the name %s in any script and keeps it as typed',
    (name) => {
      expect(check({ firstName: name, lastName: name }).data).toEqual({ firstName: name, lastName: name });
    },
  );

  it('phone takes digits, spaces, +, -, ( and ) only, up to 20', () => {
    expect(accepts('phone', '+1 (555) 010-0199')).toBe('+1 (555) 010-0199');
    expect(accepts('phone', '')).toBe('');
    for (const phone of ['555.010.0199', '+1 555 CALL NOW', '555/0100', '#123']) {
      expect(messageFor('phone', phone)).toBe('Use digits, spaces, +, -, ( and ) only');
    }
    expect(messageFor('phone', '1'.repeat(21))).toBe('Use at most 20 characters');
  });

  it('country, timezone and currency are required codes', () => {
    expect(messageFor('countryId', '')).toBe('Choose a country');
    expect(messageFor('countryId', 'fra')).toBe('Choose a country');
    expect(accepts('countryId', 'FR')).toBe('FR');
    expect(messageFor('timezone', '')).toBe('Choose a timezone');
    expect(accepts('timezone', 'Europe/Paris')).toBe('Europe/Paris');
    expect(messageFor('currency', null)).toBe('Choose a currency');
    expect(messageFor('currency', 'eur')).toBe('Choose a currency');
    expect(accepts('currency', 'EUR')).toBe('EUR');
  });

  it('keeps HTML as plain text (it is shown escaped, never rendered)', () => {
    expect(accepts('company', '<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('every message says what to do', () => {
  it('every required field has its own message for when it is empty', () => {
    for (const f of customerFields as readonly AnyFieldSpec[]) {
      if (f.required || f.requiredOnCreate) expect(f.requiredMessage, f.name).toMatch(/^(Enter|Choose)\b/);
    }
  });

  // Wrong types and out-of-range values an API client (not the form) could send.
  const hostile: unknown[] = [null, 42, -1, 1.5, true, 'x'.repeat(200), '!!', {}, [], [0], ['a']];
  const imperative = /^(Enter|Choose|Use|Add|Turn)\b/;

  it.each(writableNames('create'))('%s', (name) => {
    const base = aCustomer() as unknown as Record<string, unknown>;
    for (const value of hostile) {
      for (const mode of ['create', 'edit'] as const) {
        const result = check({ ...base, password: 'Str0ngPass', [name]: value }, { names: writableNames('create'), mode });
        for (const message of result.errors[name] ?? []) {
          expect(message, `${name} = ${JSON.stringify(value)}`).toMatch(imperative);
        }
        expect(Object.keys(result.errors).filter((key) => key !== name)).toEqual([]);
      }
    }
  });
});

describe('section validators', () => {
  it('validate only the fields of their own section', () => {
    const values = { ...aCustomer(), firstName: '', email: 'not an email' } as Record<string, unknown>;
    const names = writableNames('edit');
    const ctx = { settings: defaultSettings, mode: 'edit' as const };
    expect(sectionValidator('profile', names, ctx).safeParse(values).error?.issues.map((i) => i.path[0])).toEqual(['firstName']);
    expect(sectionValidator('panel-access', names, ctx).safeParse({ ...values, password: '' }).error?.issues.map((i) => i.path[0])).toEqual(['email']);
    expect(sectionValidator('billing-settings', names, ctx).safeParse(values).success).toBe(true);
  });
});

describe('PATCH body', () => {
  const patch = customerPatchSchema({ settings: defaultSettings, mode: 'edit' });

  it('takes any subset of the fields writable on edit', () => {
    expect(patch.parse({})).toEqual({});
    expect(patch.parse({ firstName: ' Ólafur ', creditLimit: '1,000' })).toEqual({ firstName: 'Ólafur', creditLimit: '1000.00000' });
    expect(patch.parse({ localizationId: null, nonCliRateGroupId: null, billingDay: null, creditLimit: null })).toEqual({
      localizationId: null,
      nonCliRateGroupId: null,
      billingDay: null,
      creditLimit: null,
    });
  });

  it('clearable selects take null by their own rule', () => {
    for (const f of customerFields as readonly AnyFieldSpec[]) {
      if (f.clearable) expect(f.rule({ settings: defaultSettings, mode: 'edit' }).safeParse(null).success, f.name).toBe(true);
    }
  });

  it('rejects unknown keys and fields that cannot change after creation', () => {
    for (const key of ['nickname', 'accountNumber', 'resellerId', 'id', 'version', 'balance', 'firstUsedAt']) {
      expect(patch.safeParse({ [key]: 'x' }).success, key).toBe(false);
    }
  });
});

describe('POST body', () => {
  const create = customerCreateSchema({ settings: defaultSettings, mode: 'create' });
  const { id: _id, balance: _balance, createdAt: _createdAt, firstUsedAt: _firstUsedAt, ...input } = aCustomer();

  it('takes every field writable on create, with a password', () => {
    expect(create.safeParse({ ...input, password: 'Str0ngPass' }).success).toBe(true);
    expect(errorsByField(create.safeParse({ ...input, password: '' }).error!.issues)).toEqual({
      password: ['Enter a password, or generate one'],
    });
  });

  it('names every missing required field with its own message', () => {
    // These three make every conditional field required too.
    const given = { accountType: 'postpaid', billingSchedule: 'monthly', cliPool: 'non-cli-rate-group' };
    const errors = errorsByField(create.safeParse(given).error!.issues);
    const required = customerFields.filter((f) => f.writable !== 'never' && ('required' in f || 'requiredOnCreate' in f));
    for (const f of required.filter((f) => !(f.name in given))) {
      expect(errors[f.name], f.name).toEqual([(f as { requiredMessage?: string }).requiredMessage]);
    }
    expect(required.map((f) => f.name)).toEqual(
      expect.arrayContaining(['accountNumber', 'password', 'email', 'firstName', 'creditLimit', 'rateGroupId', 'nonCliRateGroupId', 'billingDay']),
    );
  });
});

describe('the wire record', () => {
  it('has no version: the ETag header is the record’s only concurrency token', () => {
    expect(customerSchema.parse({ ...aCustomer(), version: 7 })).toEqual(aCustomer());
  });

  it('every seeded customer matches the Customer schema and passes the shared rules, but the legacy one’s phone', () => {
    const validator = customerValidator(writableNames('edit'), { settings: defaultSettings, mode: 'edit' });
    for (const customer of seedCustomers(defaultSettings)) {
      expect(customerSchema.safeParse(customer).error?.issues ?? [], `customer ${customer.id}`).toEqual([]);
      const refused = validator.safeParse({ ...customer, password: '' }).error?.issues ?? [];
      expect(errorsByField(refused), `customer ${customer.id}`).toEqual(
        customer.id === legacyCustomerIds.stock ? { phone: ['Use digits, spaces, +, -, ( and ) only'] } : {},
      );
    }
  });

  it('never carries a password', () => {
    expect(customerSchema.safeParse(aCustomer()).data).not.toHaveProperty('password');
  });
});

describe('errors are all named at once', () => {
  it('a missing required field is named even when another field of the section is unreadable', () => {
    expect(check({ accountType: 'postpaid', creditLimit: 'abc', rateGroupId: null }).errors).toEqual({
      creditLimit: ['Enter an amount in digits, like 1234.50'],
      rateGroupId: ['Choose a rate group: without one the customer can make no calls'],
    });
    expect(check({ status: 'bogus', email: '' }).errors).toEqual({
      status: ['Choose a status'],
      email: ['Enter an email address'],
    });
  });

  it('a body that is not an object is one error, not a crash', () => {
    const validator = customerValidator(['firstName'], { settings: defaultSettings, mode: 'edit' });
    for (const body of [null, 'text', 42, undefined]) expect(validator.safeParse(body).success).toBe(false);
  });
});
