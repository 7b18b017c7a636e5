import type { Locator } from '@playwright/test';
import { expect, test } from '../fixtures';
import { accountOf } from '../support/env';
import { watchNetwork } from '../support/network-watch';
import { screenLoad } from '../support/timeouts';

/**
 * The README's first command, `npm start`, gives the dev server: modules served one by one
 * from their source paths (`/src/features/customers/api/…`), the mock backend in a service
 * worker beside them. These flows run there (project `dev-server`), where the demo build's
 * bundled chunks under `/assets/` cannot hide a mock that answers more than the API.
 */
test.describe('Dev server: the first run', { tag: ['@dev-server', '@mock'] }, () => {
  // Signed out, with the mock backend's own latency, as a developer meets it.
  test.use({ signedInAs: null, mockLatencyMs: null });

  test('the demo admin signs in on the login page and opens the list, a profile and the create form, with no failed request', async ({
    page,
    loginPage,
    shell,
    customerList,
    customerProfile,
    createCustomerPage,
  }) => {
    // Four screens, each compiled by the dev server on its first request and answered at the
    // mock's own latency: past 30 s on a busy 2-core machine.
    test.slow();
    const network = watchNetwork(page);
    const errorScreen = page.getByRole('heading', { name: 'Something went wrong' });
    /** The screen, or the error screen if its code or data failed: whichever comes first, then which. */
    const expectScreen = async (screen: Locator) => {
      await expect(screen.or(errorScreen)).toBeVisible(screenLoad);
      expect(await errorScreen.isVisible(), `error screen instead; on the wire: ${network.problems().join('; ') || 'nothing'}`).toBe(false);
      await expect(screen).toBeVisible();
    };

    await loginPage.open('/customers');
    await loginPage.signInAsDemo('carrier admin');
    await expectScreen(customerList.heading);
    await shell.expectSignedInAs(accountOf('admin').name);
    await customerList.expectLoaded();
    await expect(customerList.rows.first()).toBeVisible();

    const id = await customerList.openFirstRow();
    await expectScreen(customerProfile.panelAccess.panel);
    await expect(page).toHaveURL(new RegExp(`/customers/${id}/panel-access$`));
    await customerProfile.expectLoaded('panel-access');
    for (const section of [customerProfile.accountSettings, customerProfile.profile, customerProfile.billing]) {
      await section.open();
      await expect(section.saveButton).toBeVisible();
    }

    await shell.newCustomerLink.click();
    await expectScreen(createCustomerPage.heading);
    // The generated account number is in: the create form's data came through the mock.
    await expect(createCustomerPage.panelAccess.account).not.toHaveValue('', screenLoad);
    await createCustomerPage.openTab('Billing Settings');

    expect(network.problems(), 'requests that failed or answered with an error').toEqual([]);
  });
});
