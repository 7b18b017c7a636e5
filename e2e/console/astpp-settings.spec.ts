import { expect, test } from '../fixtures';
import { defaultSettings, stockAstppOptionalFields } from '../../src/features/settings/settings-schema';

/**
 * What the backend's settings decide (issue 12): the defaults a new customer starts from
 * (ASTPP's `system` table) and which optional fields the database stores. The settings are
 * switched on the mock backend.
 */
test.describe('Console: ASTPP settings', { tag: '@mock' }, () => {
  test.describe.configure({ timeout: 60_000 });

  test("a new customer starts from the backend's defaults, and follows a change of them", async ({ createCustomerPage, mockBackend }) => {
    const { panelAccess, accountSettings, profile } = createCustomerPage;
    await createCustomerPage.open();
    // ASTPP's stock signup settings: 3650 valid days, local calls Yes, recording No, India.
    await expect(panelAccess.field('Account Valid Days')).toHaveValue('3,650');
    await createCustomerPage.openTab('Account Settings');
    await expect(accountSettings.switchOf('Allow Local Calls')).toBeChecked();
    await expect(accountSettings.switchOf('Allow Recording')).not.toBeChecked();
    await createCustomerPage.openTab('Profile');
    await expect(profile.country).toHaveValue('India');
    await expect(profile.field('Notification Email')).toHaveAccessibleDescription(/left empty, it is set to the Email/);

    await mockBackend.setSettings({
      newCustomer: { ...defaultSettings.newCustomer, validDays: 30, allowRecording: true, countryId: 'NO' },
    });
    await createCustomerPage.open();
    await expect(panelAccess.field('Account Valid Days')).toHaveValue('30');
    await createCustomerPage.openTab('Account Settings');
    await expect(accountSettings.switchOf('Allow Recording')).toBeChecked();
    await createCustomerPage.openTab('Profile');
    await expect(profile.country).toHaveValue('Norway');
  });

  test('on a stock ASTPP 6.0 database the fields it has no column for are not offered, and a PATCH with one is refused', async ({
    customerProfile,
    createCustomerPage,
    mockBackend,
  }) => {
    const { accountSettings, billing } = customerProfile;
    await customerProfile.open(1, 'Billing Settings');
    await expect(billing.cliPool).toBeVisible();
    await expect(billing.nonCliRateGroup).toBeVisible();

    await mockBackend.setSettings({ optionalFields: stockAstppOptionalFields });
    await customerProfile.open(1, 'Billing Settings');
    await expect(billing.rateGroup).toBeVisible();
    await expect(billing.cliPool).toHaveCount(0);
    await expect(billing.nonCliRateGroup).toHaveCount(0);
    await accountSettings.open();
    await expect(accountSettings.switchOf('Allow Recording')).toBeVisible();
    await expect(accountSettings.switchOf('Allow Loss Less Routing')).toHaveCount(0);

    await createCustomerPage.open();
    await createCustomerPage.openTab('Account Settings');
    await expect(createCustomerPage.accountSettings.switchOf('Allow Loss Less Routing')).toHaveCount(0);
    await createCustomerPage.openTab('Billing Settings');
    await expect(createCustomerPage.billing.cliPool).toHaveCount(0);

    // An API client that sends one anyway is told why it cannot.
    const answer = await createCustomerPage.page.evaluate(async () => {
      const read = await fetch('/api/customers/1', { headers: { Accept: 'application/json' } });
      const saved = await fetch('/api/customers/1', {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'If-Match': read.headers.get('ETag') ?? '' },
        body: JSON.stringify({ cliPool: 'disabled' }),
      });
      return { status: saved.status, body: (await saved.json()) as { errors?: Record<string, string[]> } };
    });
    expect(answer).toEqual({
      status: 422,
      body: expect.objectContaining({ errors: { cliPool: ['Leave CLI Pool out: this ASTPP database has no column for it (a stock 6.0 one has none)'] } }),
    });
  });
});
