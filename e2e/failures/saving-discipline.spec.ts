import { expect, test } from '../fixtures';
import type { Request } from '@playwright/test';

const isCustomerPatch = (request: Request) => request.method() === 'PATCH' && /\/customers\/\d+$/.test(new URL(request.url()).pathname);

/** Saving discipline (issue 4): a double click sends one request; Ctrl/Cmd+S saves. */
test.describe('Failures: saving discipline', () => {
  test.describe.configure({ timeout: 60_000 });

  test('a double click on Save sends one PATCH', { tag: '@mock' }, async ({ page, customerProfile, freshCustomer, mockBackend }) => {
    const { profile } = customerProfile;
    const patches: Request[] = [];
    page.on('request', (request) => {
      if (isCustomerPatch(request)) patches.push(request);
    });
    await customerProfile.open(freshCustomer.id, 'Profile');
    await profile.setCompany('Once Only Ltd');
    // The first answer takes a second, so the second click lands while it is on its way.
    await mockBackend.fail({ kind: 'delay', delayMs: 1_000, method: 'PATCH' });

    const saved = await profile.submitWith(() => profile.saveButton.dblclick());
    expect(saved.status).toBe(200);
    await customerProfile.shell.expectNotification('Profile saved');
    await customerProfile.expectTabUnsaved('Profile', false);
    expect(patches).toHaveLength(1);
  });

  test('Ctrl+S saves the section while typing in a field', async ({ customerProfile, freshCustomer }) => {
    const { profile } = customerProfile;
    await customerProfile.open(freshCustomer.id, 'Profile');
    await profile.city.fill('Trondheim');
    await expect(profile.city).toBeFocused();

    const saved = await profile.saveWithShortcut();
    expect(saved.body).toEqual({ city: 'Trondheim' });
    await expect(profile.city).toHaveValue('Trondheim');
  });
});
