// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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
    resolver = sectionResolver(section, sectionFields(section, audience).validated, sectionFormValues(section, customer), { settings, mode: 'edit' });
    resolvers.set(key, resolver);
  }
  return resolver;
}

/** A saved customer, a section, and edits to some of its fields around the edges of each rule. */
const editedSection = (validWeight: number) =>
  fc
    .record({ customer: fc.constantFrom(...store.customers), section: fc.constantFrom(...sections.map((s) => s.slug)) })
    .chain(({ customer, section }) =>
      sectionEdits(section, customer, (name, c) => nearValidValue(name, c, validWeight)).map((edits) => ({ customer, section, edits })),
    );

/** What the form makes of the edits on Save: the values it would send, or the fields it marks. */
async function formVerdict(section: SectionSlug, customer: Customer, edits: Record<string, unknown>) {
  const { values, errors } = await resolverFor(section, customer)({ ...sectionFormValues(section, customer), ...edits }, undefined, {
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
          if (!(name in body) && name !== 'version') expect(dirty.customer[name as keyof Customer], name).toEqual(value);
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
      expect(patchCustomer(store, customer, {}), `customer ${customer.id}`).toEqual({
        ok: true,
        customer: { ...customer, version: 2 },
      });
    }
  });
});
