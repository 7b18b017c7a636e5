import { mockAccounts } from '../../mocks/accounts';
import { expect, test } from '../fixtures';
import { accountOf } from '../support/env';

/** Sign-in, the way back to the page asked for, and sign-out (issue 3, "Sign-in"). */
test.describe('Console: signing in and out', () => {
  test.describe('signed out', () => {
    test.use({ signedInAs: null });

    test('a protected page sends you to sign in and back to it afterwards', { tag: '@smoke' }, async ({
      page,
      loginPage,
      shell,
    }) => {
      const asked = '/customers?status=inactive&sort=-balance';
      await page.goto(asked);
      await loginPage.expectShown(asked);

      const admin = accountOf('admin');
      await loginPage.signIn(admin.email, admin.password);
      await shell.expectSignedInAs(admin.name);
      await expect(page).toHaveURL(asked);
    });

    test('a wrong password says so and keeps the email', async ({ loginPage, shell }) => {
      const admin = accountOf('admin');
      await loginPage.open('/customers');
      await loginPage.signIn(admin.email, 'Not-the-password-1');
      await loginPage.expectWrongPassword();
      await expect(loginPage.email).toHaveValue(admin.email);
      await expect(loginPage.password).toHaveValue('');
      await expect(loginPage.password).toBeFocused();

      await loginPage.password.fill(admin.password);
      await loginPage.signInButton.click();
      await shell.expectSignedInAs(admin.name);
    });

    test('the demo accounts sign in with one click', { tag: '@mock' }, async ({ loginPage, shell }) => {
      await loginPage.open();
      await loginPage.signInAsDemo('Northwind Telecom');
      await shell.expectSignedInWithRole('Nora Lind', 'Reseller');
    });

    // The mock's demo accounts have account numbers; the astpp-server seed's admin has another.
    test('the carrier admin signs in with its account number', { tag: '@mock' }, async ({ loginPage, shell, customerList }) => {
      const admin = mockAccounts.find((account) => account.label === 'carrier admin')!;
      await loginPage.open();
      await loginPage.signIn(admin.accountNumber, admin.password);
      await shell.expectSignedInWithRole(admin.name, 'Carrier admin');
      await customerList.expectShown();
    });
  });

  test('signing out from the account menu leaves nothing open', async ({ page, shell, customerList, loginPage }) => {
    await customerList.open();
    await shell.signOut();
    await loginPage.expectShown();

    // The session is gone on the server too: the list asks to sign in again.
    await page.goto('/customers');
    await loginPage.expectShown('/customers');
  });
});
