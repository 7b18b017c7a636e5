// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sectionValidator, type Customer } from '../src/features/customers/customer-schema';
import { changedFields, sectionFormValues } from '../src/features/customers/form/form-values';
import { sectionFields } from '../src/features/customers/form/use-profile-forms';
import { sections, type SectionSlug } from '../src/features/customers/sections';
import { defaultSettings } from '../src/features/settings/settings-schema';
import { errorsByField } from '../src/test/customer-fixture';
import { nearValidValue, sectionEdits } from '../src/test/customer-arbitraries';
import { patchCustomer, type CustomerStore } from './customer-rules';
import { seedCustomers } from './seed';

const settings = defaultSettings;
const store: CustomerStore = { settings, customers: seedCustomers(settings) };
const audience = { mode: 'edit' as const, role: 'admin' as const, settings };

/** Each section's form validator, as useSectionForm builds it for an admin. */
const formValidators = Object.fromEntries(
  sections.map(({ slug }) => [slug, sectionValidator(slug, sectionFields(slug, audience).validated, { settings, mode: 'edit' })]),
) as Record<SectionSlug, ReturnType<typeof sectionValidator>>;

/** A saved customer, a section, and edits to some of its fields around the edges of each rule. */
const editedSection = (validWeight: number) =>
  fc
    .record({ customer: fc.constantFrom(...store.customers), section: fc.constantFrom(...sections.map((s) => s.slug)) })
    .chain(({ customer, section }) =>
      sectionEdits(section, customer, (name, c) => nearValidValue(name, c, validWeight)).map((edits) => ({ customer, section, edits })),
    );

function formVerdict(section: SectionSlug, customer: Customer, edits: Record<string, unknown>) {
  return formValidators[section].safeParse({ ...sectionFormValues(section, customer), ...edits });
}

describe('the form and the mock backend judge a customer alike', () => {
  it('accept and reject the same section edits, naming the same fields; what the form sends saves what it validated', () => {
    let accepted = 0;
    fc.assert(
      fc.property(editedSection(2), ({ customer, section, edits }) => {
        const form = formVerdict(section, customer, edits);
        const server = patchCustomer(store, customer, edits);
        expect(server.ok).toBe(form.success);
        if (!form.success || !server.ok) {
          if (!form.success && !server.ok) {
            expect(Object.keys(server.errors).sort()).toEqual(Object.keys(errorsByField(form.error.issues)).sort());
          }
          return;
        }
        accepted += 1;
        // The form sends only the changed fields: that saves the same record as everything typed,
        // and the record holds exactly what the form validated (hidden fields emptied).
        const validated = form.data as Record<string, unknown>;
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
