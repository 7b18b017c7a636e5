import { expect, test } from '../fixtures';
import { sectionNames, sectionSlugs } from '../pages/customer-profile/sections';
import { existingCustomerId } from '../support/env';

test.describe('Customer Profile: tabs and addresses', () => {
  for (const name of sectionNames) {
    test(`opens ${name} by its URL`, { tag: name === 'Panel Access' ? '@smoke' : [] }, async ({ customerProfile }) => {
      await customerProfile.open(existingCustomerId(), sectionSlugs[name]);
      await expect(customerProfile.heading).toBeVisible();
      await expect(customerProfile.tabList.getByRole('tab')).toHaveText(sectionNames);
    });
  }

  test('the customer address opens Panel Access', async ({ customerProfile, page }) => {
    await customerProfile.openPath(`/customers/${existingCustomerId()}`);
    await customerProfile.expectLoaded('Panel Access');
    await expect(page).toHaveURL(new RegExp(`/customers/${existingCustomerId()}/panel-access$`));
  });

  test('an unknown section falls back to Panel Access', async ({ customerProfile }) => {
    await customerProfile.openPath(`/customers/${existingCustomerId()}/invoices`);
    await customerProfile.expectLoaded('Panel Access');
  });

  test('an unknown customer shows "Customer not found" with a way back', async ({ customerProfile, customerList }) => {
    await customerProfile.openPath('/customers/987654321/profile');
    await customerProfile.expectNotFound();
    await customerProfile.backToCustomers.click();
    await customerList.expectShown();
  });

  test('back and forward move between tabs and keep edits', async ({ customerProfile, freshCustomer, page }) => {
    const { profile, billing } = customerProfile;
    await customerProfile.open(freshCustomer.id, 'Panel Access');
    await profile.open();
    await profile.setCity('Bergen');
    await billing.open();

    await page.goBack();
    await customerProfile.expectActiveTab('Profile');
    await profile.expectValue('City', 'Bergen');
    await page.goBack();
    await customerProfile.expectActiveTab('Panel Access');
    await page.goForward();
    await customerProfile.expectActiveTab('Profile');
    await customerProfile.expectTabUnsaved('Profile');
  });
});
