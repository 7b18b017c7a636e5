import { expect, test } from '../fixtures';
import { accountOf } from '../support/env';

/**
 * The white-label build of the example brand `acme` (SPEC section 6), served by the `acme`
 * project of playwright.config.ts: its name everywhere, Carrierdesk's nowhere on screen.
 */
test.use({ signedInAs: null });

test('the Acme Voice build shows its brand and never says Carrierdesk', async ({
  page,
  loginPage,
  shell,
  customerList,
}) => {
  await loginPage.open();
  await expect(page).toHaveTitle('Acme Voice');
  await expect(page.getByRole('main').getByRole('img', { name: 'Acme Voice', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'help@acmevoice.example' })).toBeVisible();
  await expect(page.getByText(/carrierdesk/i)).toHaveCount(0);

  const admin = accountOf('admin');
  await loginPage.signIn(admin.email, admin.password);
  await customerList.expectShown();
  await customerList.expectLoaded();
  await shell.expectBrand('Acme Voice');
  await expect(page).toHaveTitle('Acme Voice');
  await expect(page.getByText('Acme Voice Ltd · Voice services for growing businesses', { exact: true })).toBeVisible();
  await expect(page.getByText(/carrierdesk/i)).toHaveCount(0);
});
