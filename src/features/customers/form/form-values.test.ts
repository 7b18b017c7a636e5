// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { patchCustomer } from '../../../../mocks/customer-rules';
import { seedCustomers } from '../../../../mocks/seed';
import { aCustomer } from '../../../test/customer-fixture';
import { editableFields, validValue } from '../../../test/customer-arbitraries';
import { defaultSettings } from '../../settings';
import { lockedFields } from '../account-type-change';
import type { Customer } from '../customer-schema';
import { cliPoolUsesNonCliRateGroup } from '../fields';
import { sections, type SectionSlug } from '../sections';
import { changedFields, sectionFormValues } from './form-values';
import { sectionFields, sectionResolver } from './use-profile-forms';

const settings = defaultSettings;
const audience = { mode: 'edit' as const, role: 'admin' as const, settings };

/** What a section's Save sends: the validated form values that differ from the record it was opened with. */
async function patchOf(section: SectionSlug, formValues: Record<string, unknown>, base: Customer) {
  const resolver = sectionResolver(section, sectionFields(section, audience).validated, sectionFormValues(section, base, settings.baseCurrency), {
    settings,
    mode: 'edit',
  });
  const { values, errors } = await resolver(formValues, undefined, { fields: {}, shouldUseNativeValidation: false });
  expect(errors).toEqual({});
  return changedFields(values as Record<string, unknown>, base);
}

describe('sectionFormValues', () => {
  it('turns the record into what the inputs hold, money with the digits of the base currency it is stored in', () => {
    const customer = aCustomer({ currency: 'EUR', creditLimit: '1500.00000', localCallChargePerMinute: '0.01250' });
    expect(sectionFormValues('billing-settings', customer, 'JPY')).toMatchObject({ creditLimit: '1500', billingDay: 15, taxIds: [1] });
    expect(sectionFormValues('billing-settings', customer, 'USD')).toMatchObject({ creditLimit: '1500.00' });
    expect(sectionFormValues('account-settings', customer, 'JPY')).toMatchObject({ localCallChargePerMinute: '0.0125', allowLocalCalls: true });
    expect(sectionFormValues('panel-access', customer, 'JPY')).toMatchObject({ password: '', firstUsedAt: '2025-03-02T08:15:00.000Z' });
  });

  it('gives empty inputs for what a prepaid, daily customer does not have', () => {
    const customer = aCustomer({ accountType: 'prepaid', creditLimit: null, billingSchedule: 'daily', billingDay: null, nonCliRateGroupId: null });
    expect(sectionFormValues('billing-settings', customer, settings.baseCurrency)).toMatchObject({ creditLimit: '', billingDay: null, nonCliRateGroupId: null });
  });
});

describe('changedFields', () => {
  const base = aCustomer();

  it('is empty when nothing changed, even after a round trip through the inputs', async () => {
    for (const { slug } of sections) expect(await patchOf(slug, sectionFormValues(slug, base, settings.baseCurrency), base), slug).toEqual({});
  });

  it('holds only the fields that differ, in their wire form', async () => {
    const values = { ...sectionFormValues('billing-settings', base, settings.baseCurrency), creditLimit: '1,000', invoiceNote: ' Net 30 ' };
    expect(await patchOf('billing-settings', values, base)).toEqual({ creditLimit: '1000.00000', invoiceNote: 'Net 30' });
  });

  it('a money amount retyped with other trailing zeros is not a change', async () => {
    const values = { ...sectionFormValues('billing-settings', base, settings.baseCurrency), creditLimit: '500.0' };
    expect(await patchOf('billing-settings', values, base)).toEqual({});
  });

  it('sends the password only when one was typed', async () => {
    const values = { ...sectionFormValues('panel-access', base, settings.baseCurrency), password: 'N3wPassword' };
    expect(await patchOf('panel-access', values, base)).toEqual({ password: 'N3wPassword' });
  });

  it('does not send the credit limit of a customer made prepaid, nor the billing day of one billed daily', async () => {
    const values = { ...sectionFormValues('billing-settings', base, settings.baseCurrency), accountType: 'prepaid', billingSchedule: 'daily' };
    expect(await patchOf('billing-settings', values, base)).toEqual({ accountType: 'prepaid', billingSchedule: 'daily' });
  });
});

describe('the dirty-field PATCH, applied to the original record, gives exactly the edited record (fast-check)', () => {
  const store = { settings, customers: seedCustomers(settings) };

  /** A saved customer and a valid edit of one of its sections: every field kept or changed. */
  const edit = fc
    .record({ base: fc.constantFrom(...store.customers), section: fc.constantFrom(...sections.map((s) => s.slug)) })
    .chain(({ base, section }) => {
      // The password is not part of the record: it is typed below, or not. A field the profile
      // shows read-only for this customer (the account type while the balance is not 0) stays.
      const locked = lockedFields(base, settings.baseCurrency);
      const fields = editableFields(section).filter((f) => f.name !== 'password' && locked[f.name] === undefined);
      const values = fc.record(
        Object.fromEntries(
          fields.map((f) => [f.name, fc.oneof(fc.constant(base[f.name as keyof Customer]), validValue(f.name, base))]),
        ),
      );
      return fc.tuple(values, fc.constantFrom('', 'N3wPassword')).map(([changes, password]) => {
        const edited = { ...base, ...changes } as Customer;
        // The conditional fields an operator must fill in once they show.
        if (edited.accountType === 'postpaid' && edited.creditLimit === null) edited.creditLimit = '0.00000';
        if (edited.billingSchedule === 'monthly' && edited.billingDay === null) edited.billingDay = 1;
        if (cliPoolUsesNonCliRateGroup(edited.cliPool) && edited.nonCliRateGroupId === null) edited.nonCliRateGroupId = edited.rateGroupId;
        if (edited.accountType === 'prepaid') edited.creditLimit = null;
        if (edited.billingSchedule === 'daily') edited.billingDay = null;
        return { base, section, edited, password: section === 'panel-access' ? password : '' };
      });
    });

  it('holds', async () => {
    await fc.assert(
      fc.asyncProperty(edit, async ({ base, section, edited, password }) => {
        // The operator sees the edited values in the inputs (as typed, money in the base currency) and saves.
        const formValues = { ...sectionFormValues(section, edited, settings.baseCurrency), ...(password ? { password } : {}) };
        const patch = await patchOf(section, formValues, base);

        const sectionNames = new Set(editableFields(section).map((f) => f.name));
        for (const [name, value] of Object.entries(patch)) {
          expect(sectionNames.has(name), `${name} belongs to ${section}`).toBe(true);
          if (name !== 'password') expect(value, `${name} changed`).not.toEqual(base[name as keyof Customer]);
        }
        expect(patch.password).toBe(password || undefined);

        const saved = patchCustomer(store, base, patch);
        expect(saved).toEqual({ ok: true, customer: edited });
      }),
      { numRuns: 1000 },
    );
  });
});
