import { expect, test } from '../fixtures';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';

type Scheme = 'light' | 'dark';

/** The console follows the system's colour scheme until the user picks one. */
async function useSystemScheme(page: Page, scheme: Scheme) {
  await page.emulateMedia({ colorScheme: scheme });
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
}

/** axe on the console's own screens (issue 3), in the system's light and dark schemes. */
test.describe('Console: accessibility, light and dark', () => {
  // axe twice on a full screen: room for busy machines.
  test.describe.configure({ timeout: 60_000 });

  test.describe('signed out', () => {
    test.use({ signedInAs: null });

    test('axe finds nothing on the sign-in page, with a wrong password shown', async ({ page, loginPage }) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await loginPage.open();
      await loginPage.signIn('nobody@example.com', 'Wrong-password-1');
      await loginPage.expectWrongPassword();
      for (const scheme of ['light', 'dark'] as const) {
        await useSystemScheme(page, scheme);
        await expectNoAxeViolations(page, { label: `Sign in, ${scheme}`, coloursOnly: scheme === 'dark' });
      }
    });
  });

  test('axe finds nothing on the customer list', async ({ page, customerList }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await customerList.open('status=inactive&sort=-balance');
    for (const scheme of ['light', 'dark'] as const) {
      await useSystemScheme(page, scheme);
      await expectNoAxeViolations(page, { label: `Customers, ${scheme}`, coloursOnly: scheme === 'dark' });
    }
  });

  test('axe finds nothing on the create form, with its errors showing', async ({ page, createCustomerPage }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await createCustomerPage.open();
    await createCustomerPage.createExpectingErrors();
    await createCustomerPage.expectActiveTab('Panel Access');
    await createCustomerPage.expectTabErrors('Profile', 1);
    for (const scheme of ['light', 'dark'] as const) {
      await useSystemScheme(page, scheme);
      await expectNoAxeViolations(page, { label: `New customer, ${scheme}`, coloursOnly: scheme === 'dark' });
    }
  });
});
