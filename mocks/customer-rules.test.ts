// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lockedFields } from '../src/features/customers/account-type-change';
import { fieldsToCheck, writableNames, type Customer } from '../src/features/customers/customer-schema';
import { customerFields, type AnyFieldSpec } from '../src/features/customers/fields';
import { changedFields, sectionFormValues, type FormValues } from '../src/features/customers/form/form-values';
import { sectionFields, sectionResolver } from '../src/features/customers/form/use-profile-forms';
import { sections, type SectionSlug } from '../src/features/customers/sections';
import { defaultSettings } from '../src/features/settings/settings-schema';
import { nearValidValue, sectionEdits, validValue } from '../src/test/customer-arbitraries';
import { normalise, patchCustomer, type CustomerStore } from './customer-rules';
import { legacyCustomerIds, seedCustomers } from './seed';

const settings = defaultSettings;
const store: CustomerStore = { settings, customers: seedCustomers(settings) };
const audience = { mode: 'edit' as const, role: 'admin' as const, settings };

/** Each section's form resolver for a customer, as useSectionForm builds it for an admin. */
const resolvers = new Map<string, ReturnType<typeof sectionResolver>>();

function resolverFor(section: SectionSlug, customer: Customer) {
  const key = `${section} ${customer.id}`;
  let resolver = resolvers.get(key);
  if (!resolver) {
    resolver = sectionResolver(section, sectionFields(section, audience).validated, sectionFormValues(section, customer, settings.baseCurrency), { settings, mode: 'edit' });
    resolvers.set(key, resolver);
  }
  return resolver;
}

/** Edits the profile lets an operator make: a field it shows read-only for this customer is not edited. */
function editable(customer: Customer, edits: Record<string, unknown>): Record<string, unknown> {
  const locked = lockedFields(customer, settings.baseCurrency);
  return Object.fromEntries(Object.entries(edits).filter(([name]) => locked[name] === undefined));
}

/** A saved customer, a section, and edits to some of its fields around the edges of each rule. */
const editedSection = (validWeight: number) =>
  fc
    .record({ customer: fc.constantFrom(...store.customers), section: fc.constantFrom(...sections.map((s) => s.slug)) })
    .chain(({ customer, section }) =>
      sectionEdits(section, customer, (name, c) => nearValidValue(name, c, validWeight)).map((edits) => ({
        customer,
        section,
        edits: editable(customer, edits),
      })),
    );

/** What the form makes of the edits on Save: the values it would send, or the fields it marks. */
async function formVerdict(section: SectionSlug, customer: Customer, edits: Record<string, unknown>) {
  const { values, errors } = await resolverFor(section, customer)({ ...sectionFormValues(section, customer, settings.baseCurrency), ...edits }, undefined, {
    fields: {},
    shouldUseNativeValidation: false,
  });
  const marked = Object.keys(errors);
  return marked.length ? { success: false as const, marked } : { success: true as const, data: values as FormValues };
}

describe('the form and the mock backend judge a customer alike', () => {
  it('accept and reject the same section edits, naming the same fields; what the form sends saves what it validated', async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(editedSection(2), async ({ customer, section, edits }) => {
        const form = await formVerdict(section, customer, edits);
        const server = patchCustomer(store, customer, edits);
        expect(server.ok).toBe(form.success);
        if (!form.success || !server.ok) {
          if (!form.success && !server.ok) expect(Object.keys(server.errors).sort()).toEqual(form.marked.sort());
          return;
        }
        accepted += 1;
        // The form sends only the changed fields: that saves the same record as everything typed,
        // and the record holds exactly what the form validated (hidden fields emptied).
        const validated = form.data;
        expect(patchCustomer(store, customer, changedFields(validated, customer))).toEqual(server);
        for (const [name, value] of Object.entries(validated)) {
          if (name !== 'password') expect(server.customer[name as keyof Customer], name).toEqual(value);
        }
      }),
      { numRuns: 1000 },
    );
    // Near-valid means both verdicts are common; a generator that only made garbage would prove little.
    expect(accepted).toBeGreaterThan(250);
    expect(accepted).toBeLessThan(750);
  });
});

/** Values a legacy row could hold in a field, whatever its rule says today. */
const legacyValue = fc.oneof(fc.string({ maxLength: 30 }), fc.integer(), fc.constant(null), fc.boolean(), fc.constant('x'.repeat(300)));

/** Fields the rules of other fields read (whether the credit limit applies, say): they stay as stored. */
const readByRules = new Set((customerFields as readonly AnyFieldSpec[]).flatMap((f) => f.dependsOn ?? []));

describe('a PATCH is checked on what it sends (decision 0013)', () => {
  // A saved customer, some fields sent with valid values, and any values in the fields not sent.
  const legacyEdit = fc
    .record({ customer: fc.constantFrom(...store.customers), sent: fc.subarray(writableNames('edit'), { minLength: 1, maxLength: 4 }) })
    .chain(({ customer, sent }) =>
      fc
        .record({
          body: fc.record(Object.fromEntries(sent.map((name) => [name, validValue(name, customer)]))),
          legacy: fc.record(
            Object.fromEntries(
              writableNames('edit')
                .filter((name) => name !== 'password' && !fieldsToCheck(sent).includes(name) && !readByRules.has(name))
                .map((name) => [name, legacyValue]),
            ),
            { requiredKeys: [] },
          ),
        })
        .map(({ body, legacy }) => ({ customer, body, legacy: { ...customer, ...legacy } as Customer })),
    );

  it('never looks at untouched fields: whatever they hold, the verdict on the sent ones is the same', () => {
    fc.assert(
      fc.property(legacyEdit, ({ customer, body, legacy }) => {
        const clean = patchCustomer(store, customer, body);
        const dirty = patchCustomer(store, legacy, body);
        expect(dirty.ok).toBe(clean.ok);
        if (!clean.ok || !dirty.ok) {
          expect(dirty).toEqual(clean);
          return;
        }
        // What was sent is saved alike; what was not is kept as it was.
        for (const name of Object.keys(body)) if (name !== 'password') expect(dirty.customer[name as keyof Customer]).toEqual(clean.customer[name as keyof Customer]);
        const sentValues = Object.fromEntries(Object.keys(body).map((name) => [name, clean.customer[name as keyof Customer]]));
        const kept = normalise({ ...legacy, ...sentValues });
        for (const [name, value] of Object.entries(kept)) {
          if (!(name in body)) expect(dirty.customer[name as keyof Customer], name).toEqual(value);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('the form, too, lets a section with untouched legacy values save, and judges a legacy value once it is edited', async () => {
    const stock = store.customers.find((c) => c.id === legacyCustomerIds.stock)!;
    // (An id of its own: the form's resolvers are kept per customer.)
    const legacy = { ...stock, id: 100_000, pin: '123456789012345678901234', localCallChargePerMinute: '' } as Customer;
    const status = stock.status === 'active' ? 'inactive' : 'active';
    // Panel Access with a pin longer than ASTPP's column: Status alone saves.
    expect(await formVerdict('panel-access', legacy, { status })).toEqual({ success: true, data: { status } });
    expect(await formVerdict('panel-access', legacy, { pin: '12345678901234567890123' })).toEqual({ success: false, marked: ['pin'] });
    expect(patchCustomer(store, legacy, { status }).ok).toBe(true);
    expect(patchCustomer(store, legacy, { pin: '12345678901234567890123' })).toEqual({ ok: false, errors: { pin: ['Use at most 20 digits'] } });
  });
});

describe('seeded customers', () => {
  it('every seeded customer can be saved as it is (its time zone, rate groups and localization are in its lists)', () => {
    for (const customer of store.customers) {
      expect(patchCustomer(store, customer, {}), `customer ${customer.id}`).toEqual({ ok: true, customer });
    }
  });
});

describe('the account type while the balance is not 0 (ASTPP: money left on prepaid, money used on postpaid)', () => {
  const withBalance = (accountType: Customer['accountType'], balance: string): Customer => ({
    ...store.customers.find((c) => c.accountType === accountType)!,
    balance,
  });
  const prepaid = withBalance('prepaid', '120.50000');
  const postpaid = withBalance('postpaid', '312.71000');

  it('is refused with the reason and the balance in the base currency, whatever else is sent', () => {
    expect(patchCustomer(store, prepaid, { accountType: 'postpaid', creditLimit: '500' })).toEqual({
      ok: false,
      errors: {
        accountType: ['The balance must be settled to 0 before the account type can change. It is USD\u00a0120.50, the money left on this prepaid account.'],
      },
    });
    expect(patchCustomer(store, postpaid, { accountType: 'prepaid', firstName: '' })).toEqual({
      ok: false,
      errors: {
        firstName: ['Enter a first name'],
        accountType: ['The balance must be settled to 0 before the account type can change. It is USD\u00a0312.71, the money used on this postpaid account.'],
      },
    });
    expect(patchCustomer({ ...store, settings: { ...settings, baseCurrency: 'EUR' } }, { ...postpaid, balance: '-12.50000' }, { accountType: 'prepaid' })).toEqual({
      ok: false,
      errors: { accountType: ['The balance must be settled to 0 before the account type can change. It is -EUR\u00a012.50, the money used on this postpaid account.'] },
    });
  });

  it('is no change when the same type is sent, so the rest saves', () => {
    const saved = patchCustomer(store, postpaid, { accountType: 'postpaid', company: 'Same Type Ltd' });
    expect(saved.ok && saved.customer).toMatchObject({ accountType: 'postpaid', company: 'Same Type Ltd', balance: postpaid.balance });
  });

  it('changes both ways once the balance is 0, as seeded customers who never called show', () => {
    const settledPrepaid = store.customers.find((c) => c.accountType === 'prepaid' && c.balance === '0.00000')!;
    const settledPostpaid = store.customers.find((c) => c.accountType === 'postpaid' && c.balance === '0.00000')!;
    expect(patchCustomer(store, settledPrepaid, { accountType: 'postpaid', creditLimit: '500' })).toMatchObject({
      ok: true,
      customer: { accountType: 'postpaid', creditLimit: '500.00000' },
    });
    expect(patchCustomer(store, settledPostpaid, { accountType: 'prepaid' })).toMatchObject({
      ok: true,
      customer: { accountType: 'prepaid', creditLimit: null },
    });
  });
});

describe('seeded balances, as ASTPP means them', () => {
  it('postpaid customers have used 0 or more, mostly within their credit limit, some nothing at all; prepaid ones have 0 or more left', () => {
    const postpaid = store.customers.filter((c) => c.accountType === 'postpaid');
    const prepaid = store.customers.filter((c) => c.accountType === 'prepaid');
    for (const c of store.customers) expect(c.balance, `customer ${c.id}`).toMatch(/^\d+\.\d{5}$/);
    const within = postpaid.filter((c) => Number(c.balance) <= Number(c.creditLimit));
    expect(within.length / postpaid.length).toBeGreaterThan(0.8);
    expect(postpaid.filter((c) => c.balance === '0.00000').length).toBeGreaterThanOrEqual(3);
    expect(prepaid.filter((c) => c.balance === '0.00000').length).toBeGreaterThanOrEqual(3);
    // Nobody who never called has used anything.
    expect(postpaid.filter((c) => c.firstUsedAt === null).every((c) => c.balance === '0.00000')).toBe(true);
  });
});
