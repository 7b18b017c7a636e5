import { expect, test } from '../fixtures';
import { accountOf } from '../support/env';

/**
 * 401 while saving (issue 4): a sign-in dialog over the form, no redirect; after signing in
 * the save is retried with the edits intact.
 */
test.describe('Failures: the session ends while editing', { tag: '@mock' }, () => {
  test.describe.configure({ timeout: 60_000 });

  const admin = accountOf('admin');
  const edits = { 'First Name': 'Sigrid', Company: 'Still Here AS' };

  test('on the profile: sign in over the form and the save goes through', async ({ customerProfile, freshCustomer, mockBackend }) => {
    const { profile, signInAgain, shell, page } = customerProfile;
    await customerProfile.open(freshCustomer.id, 'Profile');
    await profile.fillAll(edits);
    await mockBackend.fail({ kind: 'expire-session', method: 'PATCH', path: `/customers/${freshCustomer.id}` });

    await profile.saveExpectingFailure();
    await signInAgain.expectShown();
    await shell.expectNotification('Not saved yet');
    await expect(page).toHaveURL(new RegExp(`/customers/${freshCustomer.id}/profile$`));
    await expect(signInAgain.email).toHaveValue(admin.email);
    await profile.expectValues(edits);

    const retried = page.waitForResponse((r) => r.request().method() === 'PATCH' && r.status() === 200);
    await signInAgain.signIn(admin.password);
    expect((await retried).request().postDataJSON()).toEqual({ firstName: 'Sigrid', company: 'Still Here AS' });
    await shell.expectNotification('Profile saved');
    await profile.expectValues(edits);
    await customerProfile.expectTabUnsaved('Profile', false);
  });

  test('on the create form: sign in over the form and the customer is created', async ({ createCustomerPage, mockBackend }) => {
    const { signInAgain, shell, page } = createCustomerPage;
    const email = `expired.${Date.now().toString(36)}@example.com`;
    await createCustomerPage.open();
    await createCustomerPage.enterCustomer({ email, firstName: 'Solveig', country: 'Norway', rateGroup: 'Standard Retail' });
    await mockBackend.endSession();

    expect((await createCustomerPage.submit()).status).toBe(401);
    await signInAgain.expectShown();
    await shell.expectNotification('Not created yet');
    await expect(createCustomerPage.panelAccess.email).toHaveValue(email);

    const created = createCustomerPage.waitForCreated();
    await signInAgain.signIn(admin.password);
    const customer = await created;
    expect(customer.email).toBe(email);
    await shell.expectNotification('Customer created');
    await expect(page).toHaveURL(new RegExp(`/customers/${customer.id}/panel-access$`));
  });
});
