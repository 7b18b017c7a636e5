import type { Dialog } from '@playwright/test';
import { expect, test } from '../fixtures';

test.describe('Customer Profile: unsaved-changes guard', () => {
  // Up to three page loads each (a fresh customer, the profile, a reload): room for busy machines.
  test.describe.configure({ timeout: 60_000 });

  test('leaving for Customers with unsaved edits asks first', { tag: '@smoke' }, async ({
    customerProfile,
    customerList,
    freshCustomer,
  }) => {
    const { profile } = customerProfile;
    await customerProfile.open(freshCustomer.id, 'Profile');
    await profile.setCompany('Half Done Ltd');

    await customerProfile.goToCustomers();
    await customerProfile.expectLeaveDialog();
    await expect(customerProfile.leaveDialog.getByRole('listitem')).toHaveText(['Profile']);
    await customerProfile.stayOnPage();
    await customerProfile.expectActiveTab('Profile');
    await expect(profile.company).toHaveValue('Half Done Ltd');

    await customerProfile.goToCustomers();
    await customerProfile.leaveAndDiscard();
    await customerList.expectShown();
  });

  test('no prompt after a successful save', async ({ customerProfile, customerList, freshCustomer }) => {
    const { billing } = customerProfile;
    await customerProfile.open(freshCustomer.id, 'Billing Settings');
    await billing.setReference('PO-2024-17');
    await billing.save();

    await customerProfile.goToCustomers();
    await customerList.expectShown();
    await expect(customerProfile.leaveDialog).toBeHidden();
  });

  test('no prompt when the edits were undone', async ({ customerProfile, customerList, freshCustomer }) => {
    const { panelAccess } = customerProfile;
    await customerProfile.open(freshCustomer.id, 'Panel Access');
    await panelAccess.setPin('000000');
    await customerProfile.expectTabUnsaved('Panel Access');
    await panelAccess.setPin(freshCustomer.pin);
    await customerProfile.expectTabUnsaved('Panel Access', false);

    await customerProfile.goToCustomers();
    await customerList.expectShown();
    await expect(customerProfile.leaveDialog).toBeHidden();
  });

  test('the back button asks too', async ({ customerProfile, customerList, freshCustomer, page }) => {
    await customerList.open();
    await customerList.searchFor(freshCustomer.accountNumber);
    // The search's answer on screen, not the rows before it: a click lands on the row that stays.
    await expect(customerList.rows).toHaveCount(1);
    await customerList.expectLoaded();
    await customerList.openCustomer(freshCustomer.accountNumber);
    await customerProfile.expectLoaded('Panel Access');
    await customerProfile.panelAccess.setPin('123123');

    await page.goBack();
    await customerProfile.expectLeaveDialog();
    await customerProfile.stayOnPage();
    await customerProfile.expectActiveTab('Panel Access');
    await expect(customerProfile.panelAccess.pin).toHaveValue('123123');
  });

  test('reloading with unsaved edits lets the browser ask, and not after saving', async ({
    customerProfile,
    freshCustomer,
    page,
  }) => {
    const { accountSettings } = customerProfile;
    const dialogs: string[] = [];
    const answer = (dialog: Dialog) => {
      dialogs.push(dialog.type());
      void dialog.accept();
    };
    page.on('dialog', answer);

    await customerProfile.open(freshCustomer.id, 'Account Settings');
    await accountSettings.setCps(5);
    await customerProfile.reload();
    expect(dialogs).toEqual(['beforeunload']);

    await accountSettings.setCps(7);
    await accountSettings.save();
    await customerProfile.reload();
    expect(dialogs).toEqual(['beforeunload']);
    await expect(accountSettings.cps).toHaveValue('7');
  });
});
