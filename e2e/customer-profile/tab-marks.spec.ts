import { expect, test } from '../fixtures';

test.describe('Customer Profile: tab marks', () => {
  test('a tab counts its errors in its name, also while another tab is shown', async ({ customerProfile, freshCustomer }) => {
    const { profile } = customerProfile;
    await customerProfile.open(freshCustomer.id, 'Profile');
    await profile.clear('First Name');
    await profile.expectFieldError('First Name', 'Enter a first name');
    await customerProfile.expectTabErrors('Profile', 1);

    await customerProfile.goToTab('Billing Settings');
    await expect(customerProfile.tab('Profile')).toHaveAccessibleName('Profile, 1 error, unsaved changes');

    await customerProfile.goToTab('Profile');
    await profile.expectFieldError('First Name', 'Enter a first name');
    await profile.setFirstName('Ingrid');
    await customerProfile.expectTabErrors('Profile', 0);
    await profile.expectNoFieldError('First Name');
  });

  test('a tab with unsaved edits says so until they are saved or undone', async ({ customerProfile, freshCustomer }) => {
    const { billing, accountSettings } = customerProfile;
    await customerProfile.open(freshCustomer.id, 'Billing Settings');
    await customerProfile.expectTabUnsaved('Billing Settings', false);

    await billing.setReference('PO-1');
    await expect(customerProfile.tab('Billing Settings')).toHaveAccessibleName('Billing Settings, unsaved changes');
    await billing.setReference('');
    await customerProfile.expectTabUnsaved('Billing Settings', false);

    await accountSettings.open();
    await accountSettings.allow('Notifications', false);
    await customerProfile.expectTabUnsaved('Account Settings');
    await accountSettings.save();
    await customerProfile.expectTabUnsaved('Account Settings', false);
  });
});
