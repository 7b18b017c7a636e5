import { expect, test } from '../fixtures';
import { expectNoAxeViolations } from '../support/axe';

/**
 * Mantine's own widgets, as an operator and assistive technology meet them: selects that
 * name their list of options, an account menu that answers the first click, and a
 * whole-number field that keeps what was typed and says what is wrong with it.
 */
test.describe('Customer Profile: selects, the account menu and whole numbers', () => {
  test.describe('east of Greenwich', () => {
    // UTC+14: a date read through UTC would land on the day before.
    test.use({ timezoneId: 'Pacific/Kiritimati' });

    test('Expiry Date typed as "YYYY-MM-DD" is sent as that very day, and Account Valid Days follows', async ({
      customerProfile,
      freshCustomer,
    }) => {
      // Two page loads and a save: room for busy machines.
      test.setTimeout(60_000);
      const { panelAccess } = customerProfile;
      await customerProfile.open(freshCustomer.id, 'Panel Access');
      const days = 400;
      const date = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
      await panelAccess.setExpiryDate(date);
      await expect(panelAccess.expiryDate).toHaveValue(date);
      // Counted from today where the browser is, which may already be tomorrow in UTC.
      await expect(panelAccess.validDays).toHaveValue(/^(399|400|401)$/);

      const patch = await panelAccess.save();
      expect(patch.body).toEqual({ expiresAt: date, validDays: Number(await panelAccess.validDays.inputValue()) });
      await customerProfile.reload();
      await expect(panelAccess.expiryDate).toHaveValue(date);
    });
  });

  test('a short fixed list is the browser\'s own select; an open reference list names its listbox in aria-controls', async ({
    customerProfile,
    freshCustomer,
  }) => {
    const { panelAccess, accountSettings, profile } = customerProfile;
    await customerProfile.open(freshCustomer.id, 'Panel Access');
    await expect(panelAccess.status.getByRole('option')).toHaveText(['Active', 'Inactive']);
    await panelAccess.expectChosen('Status', 'Active');

    await accountSettings.open();
    await accountSettings.openOptions('Localization');
    await customerProfile.page.keyboard.press('Escape');

    // A searchable select: typing filters the same listbox, still named by the field.
    await profile.open();
    const countries = await profile.openOptions('Country');
    await profile.country.fill('Norw');
    await expect(countries.getByRole('option')).toHaveText(['Norway']);
    await expect(profile.country).toHaveAttribute('aria-controls', (await countries.getAttribute('id'))!);
  });

  test('axe finds nothing with a long select, a multi-select and the account menu open', async ({ customerProfile, freshCustomer }) => {
    // Three axe runs on a busy machine.
    test.setTimeout(90_000);
    const { profile, billing, page } = customerProfile;
    await customerProfile.open(freshCustomer.id, 'Profile');
    // Narrowed to a handful of options: each of ~250 countries is one more element for axe's
    // contrast rule to check, and they are all built alike.
    const countries = await profile.openOptions('Country');
    await profile.country.fill('Ma');
    await expect(countries.getByRole('option').first()).toBeVisible();
    // The Profile tab itself is scanned whole in accessibility.spec.ts: here, the open widget.
    const openWidget = ['[role="combobox"][aria-expanded="true"]', '[role="listbox"]'];
    await expectNoAxeViolations(page, { label: 'Profile with Country open', include: openWidget });
    await page.keyboard.press('Escape');

    await billing.open();
    await billing.openOptions('Taxes');
    await expectNoAxeViolations(page, { label: 'Billing Settings with Taxes open', include: openWidget });
    await page.keyboard.press('Escape');

    await customerProfile.shell.openAccountMenu();
    await expectNoAxeViolations(page, { label: 'account menu open', include: ['[role="menu"]', '[aria-haspopup="menu"]'] });
  });

  test('the account menu opens on the first click, even while later code would still be arriving', async ({
    customerProfile,
    freshCustomer,
  }) => {
    await customerProfile.open(freshCustomer.id, 'Panel Access');
    // A slow machine: any script asked for from now on takes seconds to arrive. The menu
    // must not need one.
    await customerProfile.page.route('**/*.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 5_000));
      await route.continue();
    });
    await customerProfile.shell.accountMenu().click();
    await expect(customerProfile.shell.signOutItem).toBeVisible({ timeout: 2_000 });
  });

  test('"1.5" in Concurrent Calls stays as typed, gets "Enter a whole number" and is not sent', async ({
    customerProfile,
    freshCustomer,
  }) => {
    const { accountSettings } = customerProfile;
    await customerProfile.open(freshCustomer.id, 'Account Settings');
    await accountSettings.setConcurrentCalls('1.5');
    await expect(accountSettings.concurrentCalls).toHaveValue('1.5');
    await accountSettings.expectFieldError('Concurrent Calls', 'Enter a whole number');

    await accountSettings.saveExpectingErrors();
    await customerProfile.expectTabErrors('Account Settings', 1);
    await expect(accountSettings.concurrentCalls).toHaveValue('1.5');
  });

  test('"-3" in Concurrent Calls stays as typed, gets its lower limit and is not sent', async ({ customerProfile, freshCustomer }) => {
    const { accountSettings } = customerProfile;
    await customerProfile.open(freshCustomer.id, 'Account Settings');
    await accountSettings.setConcurrentCalls('-3');
    await expect(accountSettings.concurrentCalls).toHaveValue('-3');
    await accountSettings.expectFieldError('Concurrent Calls', 'Enter 0 (unlimited) or more');

    await accountSettings.saveExpectingErrors();
    await expect(accountSettings.concurrentCalls).toHaveValue('-3');

    // Corrected, it is sent as a number.
    await accountSettings.setConcurrentCalls('3');
    await accountSettings.expectNoFieldError('Concurrent Calls');
    const patch = await accountSettings.save();
    expect(patch.body).toEqual({ maxChannels: 3 });
  });
});
