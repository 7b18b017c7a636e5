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
