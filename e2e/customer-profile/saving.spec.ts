import { expect, test } from '../fixtures';
import { readEtag } from '../support/customers-api';

/**
 * Each section saves on its own: a PATCH with If-Match holding only that section's changed
 * fields; the value is there after a reload.
 */
test.describe('Customer Profile: saving a section', () => {
  // Up to three page loads each (a fresh customer, the profile, a reload): room for busy machines.
  test.describe.configure({ timeout: 60_000 });

  test('Panel Access saves the pin alone', async ({ customerProfile, freshCustomer }) => {
    const { panelAccess } = customerProfile;
    await customerProfile.open(freshCustomer.id, 'Panel Access');
    const pin = freshCustomer.pin === '246810' ? '135790' : '246810';
    await panelAccess.setPin(pin);

    const patch = await panelAccess.save();
    expect(patch.body).toEqual({ pin });
    expect(patch.ifMatch).toBe(freshCustomer.etag);

    await customerProfile.reload();
    await expect(panelAccess.pin).toHaveValue(pin);
  });

  test('Account Settings saves a limit and a switch', async ({ customerProfile, freshCustomer }) => {
    const { accountSettings } = customerProfile;
    await customerProfile.open(freshCustomer.id, 'Account Settings');
    await accountSettings.setConcurrentCalls(12);
    await accountSettings.allow('Allow Recording');

    const patch = await accountSettings.save();
    expect(patch.body).toEqual({ maxChannels: 12, allowRecording: true });
    expect(patch.ifMatch).toBe(freshCustomer.etag);

    await customerProfile.reload();
    await expect(accountSettings.concurrentCalls).toHaveValue('12');
    await expect(accountSettings.switchOf('Allow Recording')).toBeChecked();
  });

  test('Profile saves the company', { tag: '@smoke' }, async ({ customerProfile, freshCustomer }) => {
    const { profile } = customerProfile;
    await customerProfile.open(freshCustomer.id, 'Profile');
    await profile.setCompany('Fjord Fibre AS');

    const patch = await profile.save();
    expect(patch.body).toEqual({ company: 'Fjord Fibre AS' });
    expect(patch.ifMatch).toBe(freshCustomer.etag);

    await customerProfile.reload();
    await expect(profile.company).toHaveValue('Fjord Fibre AS');
    await expect(customerProfile.page.getByRole('main').getByText('Fjord Fibre AS', { exact: true })).toBeVisible();
  });

  test('Billing Settings saves the tax number', async ({ customerProfile, freshCustomer }) => {
    const { billing } = customerProfile;
    await customerProfile.open(freshCustomer.id, 'Billing Settings');
    await billing.setTaxNumber('NO 999 888 777 MVA');

    const patch = await billing.save();
    expect(patch.body).toEqual({ taxNumber: 'NO 999 888 777 MVA' });
    expect(patch.ifMatch).toBe(freshCustomer.etag);

    await customerProfile.reload();
    await expect(billing.taxNumber).toHaveValue('NO 999 888 777 MVA');
  });

  test('edits waiting in Billing Settings survive saving Profile, and the next save is not refused', async ({
    customerProfile,
    freshCustomer,
  }) => {
    const { profile, billing } = customerProfile;
    await customerProfile.open(freshCustomer.id, 'Billing Settings');
    await billing.setReference('PO-4711');
    await customerProfile.expectTabUnsaved('Billing Settings');

    await profile.open();
    await profile.setCity('Tromsø');
    const first = await profile.save();
    expect(first.body).toEqual({ city: 'Tromsø' });
    await customerProfile.expectTabUnsaved('Billing Settings');
    // The ETag our own save made (the mock counts; the server hashes the row).
    const afterFirst = await readEtag(customerProfile.page, freshCustomer.id);
    expect(afterFirst).not.toBe(freshCustomer.etag);

    await billing.open();
    await expect(billing.reference).toHaveValue('PO-4711');
    const second = await billing.save();
    // The newest ETag, from our own first save: no 412 against ourselves.
    expect(second.status).toBe(200);
    expect(second.ifMatch).toBe(afterFirst);
    expect(second.body).toEqual({ reference: 'PO-4711' });
  });

  test('Save is disabled until something changes, and while the request is in flight', { tag: '@mock' }, async ({
    customerProfile,
    freshCustomer,
    mockBackend,
  }) => {
    const { profile } = customerProfile;
    await customerProfile.open(freshCustomer.id, 'Profile');
    await expect(profile.saveButton).toBeDisabled();
    await profile.setCompany('Slow Lane Ltd');
    await expect(profile.saveButton).toBeEnabled();

    await mockBackend.fail({ kind: 'delay', delayMs: 1500, method: 'PATCH', path: '/customers/' });
    await profile.saveButton.click();
    await expect(profile.saveButton).toBeDisabled();
    await customerProfile.shell.expectNotification('Profile saved');
    await expect(profile.saveButton).toBeDisabled();
    await customerProfile.expectTabUnsaved('Profile', false);
  });
});
