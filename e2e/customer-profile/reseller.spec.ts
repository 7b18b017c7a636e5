import { expect, test } from '../fixtures';

test.describe('Customer Profile: as a reseller', () => {
  test.use({ signedInAs: 'northwind' });

  test('a reseller edits their own customer and never sees the Reseller field', async ({ customerProfile, freshCustomer }) => {
    const { panelAccess, profile } = customerProfile;
    await customerProfile.open(freshCustomer.id, 'Panel Access');
    await expect(panelAccess.email).toHaveValue(freshCustomer.email);
    await expect(panelAccess.reseller).toHaveCount(0);

    await profile.open();
    await profile.setCompany('Northwind Subscriber AB');
    const patch = await profile.save();
    expect(patch.body).toEqual({ company: 'Northwind Subscriber AB' });
  });

  test("a carrier customer is not found for a reseller", { tag: '@mock' }, async ({ customerProfile }) => {
    // Customer 1 of the seed belongs to the carrier itself.
    await customerProfile.openPath('/customers/1/panel-access');
    await customerProfile.expectNotFound();
  });
});

test.describe("Customer Profile: a reseller's customer, as the admin", () => {
  test("An admin editing a reseller's customer is offered only that reseller's rate groups", { tag: '@mock' }, async ({ customerProfile }) => {
    // Customer 5 of the mock seed is Northwind's (of every ten ids, 4–6 are Northwind's).
    const { billing } = customerProfile;
    await customerProfile.open(5, 'Billing Settings');
    const rateGroups = await billing.openOptions('Rate Group');
    await expect(rateGroups.getByRole('option')).toHaveText(['Northwind Basic', 'Northwind Plus', 'Northwind No-CLI']);
  });
});
