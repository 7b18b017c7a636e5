import { expect, test } from '../fixtures';

/**
 * Save with an invalid field takes the user to it (issue 11): keyboard and screen-reader
 * users land on the field that needs attention, not on the Save button.
 */
test.describe('Customer Profile: an invalid field takes the focus on Save', () => {
  test('a field the form refuses: First Name left empty', async ({ customerProfile, freshCustomer }) => {
    const { profile } = customerProfile;
    await customerProfile.open(freshCustomer.id, 'Profile');
    await profile.clear('First Name');
    await profile.saveExpectingErrors();
    await expect(profile.firstName).toBeFocused();
    await expect(profile.firstName).toHaveAttribute('aria-invalid', 'true');
  });

  test('a field the server refuses (422): an email another customer uses', async ({ customerProfile, freshCustomer, createCustomer }) => {
    const { panelAccess } = customerProfile;
    await customerProfile.open(freshCustomer.id, 'Panel Access');
    const other = await createCustomer();
    await panelAccess.setEmail(other.email);
    await panelAccess.saveExpectingFailure();
    await expect(panelAccess.email).toHaveAttribute('aria-invalid', 'true');
    await expect(panelAccess.email).toBeFocused();
  });
});
