import { expect, test } from '../fixtures';
import type { Page } from '@playwright/test';

const img = '<img src=x onerror=alert(1)>';
const script = '<script>alert(2)</script>';

/**
 * Every alert, confirm or prompt the page opens: there must be none. On its own this proves
 * little (the Content-Security-Policy would stop an injected handler anyway), so the flows
 * also check that no element was made from the input (expectNoInjectedMarkup).
 */
function recordDialogs(page: Page): string[] {
  const opened: string[] = [];
  page.on('dialog', (dialog) => {
    opened.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return opened;
}

/**
 * The input never became markup anywhere in the console: no <img src=x> and no <script> in
 * the page's body, in the app or in a dialog's portal. (Selectors on purpose: these elements
 * have no role or label to find them by, which is the point.)
 */
async function expectNoInjectedMarkup(page: Page) {
  await expect(page.locator('body img[src="x"]')).toHaveCount(0);
  await expect(page.locator('body script')).toHaveCount(0);
}

/** Hostile and odd input (issue 4): shown as text everywhere, money parsed or refused clearly, any script. */
test.describe('Failures: hostile and odd input', () => {
  test.describe.configure({ timeout: 60_000 });

  test('HTML and script in First Name and Company show as text in the header, the notice and the list', async ({
    page,
    customerProfile,
    customerList,
    freshCustomer,
  }) => {
    const { profile, shell } = customerProfile;
    const dialogs = recordDialogs(page);
    await customerProfile.open(freshCustomer.id, 'Profile');
    await profile.setFirstName(script);
    await profile.setCompany(img);
    expect((await profile.save()).body).toEqual({ firstName: script, company: img });

    const name = `${script} ${freshCustomer.lastName}`;
    await customerProfile.expectHeader({ name, company: img });
    await expect(shell.notification('Profile saved')).toContainText(`${name}: your changes are saved.`);
    await profile.expectValues({ 'First Name': script, Company: img });

    await customerList.open(`q=${encodeURIComponent(freshCustomer.email)}`);
    await expect(customerList.row(freshCustomer.email).getByRole('cell')).toContainText([freshCustomer.accountNumber, name, img]);
    await expectNoInjectedMarkup(page);
    expect(dialogs).toEqual([]);
  });

  test('HTML and script show as text in the 412 dialog', { tag: '@mock' }, async ({ page, customerProfile, freshCustomer, mockBackend }) => {
    const { profile, conflictDialog } = customerProfile;
    const dialogs = recordDialogs(page);
    await customerProfile.open(freshCustomer.id, 'Profile');
    await profile.setFirstName(script);
    await mockBackend.concurrentEdit(freshCustomer.id, { company: img });

    await profile.saveExpectingFailure();
    await conflictDialog.expectRow('First Name', { before: freshCustomer.firstName, theirs: 'unchanged', mine: script });
    await conflictDialog.expectRow('Company', { before: freshCustomer.company, theirs: img, mine: 'unchanged' });
    await expectNoInjectedMarkup(page);
    await conflictDialog.takeTheirs();
    await profile.expectValues({ 'First Name': freshCustomer.firstName, Company: img });
    await expectNoInjectedMarkup(page);
    expect(dialogs).toEqual([]);
  });

  test('pasted money "1,234.50" and " 12.5 " are understood; "1,23" is refused with a clear message', async ({
    customerProfile,
    freshCustomer,
  }) => {
    const { accountSettings } = customerProfile;
    await customerProfile.open(freshCustomer.id, 'Account Settings');

    await accountSettings.setLocalCallCharge('1,234.50');
    await expect(accountSettings.localCallCharge).toHaveValue('1234.50');
    await expect(accountSettings.localCallCharge).toHaveAccessibleDescription(/USD\s1,234\.50/);
    expect((await accountSettings.save()).body).toEqual({ localCallChargePerMinute: '1234.50000' });

    await accountSettings.setLocalCallCharge(' 12.5 ');
    await expect(accountSettings.localCallCharge).toHaveValue('12.50');
    expect((await accountSettings.save()).body).toEqual({ localCallChargePerMinute: '12.50000' });

    await accountSettings.setLocalCallCharge('1,23');
    await accountSettings.expectFieldError('LC Charge / Min', 'Enter an amount in digits, like 1234.50');
    await expect(accountSettings.localCallCharge).toHaveValue('1,23');
    await accountSettings.saveExpectingErrors();
    await customerProfile.expectTabErrors('Account Settings', 1);
  });

  test('names in any script are kept as typed: Zoë, Ñandú, 李, Ólafur', async ({ customerProfile, customerList, freshCustomer }) => {
    const { profile } = customerProfile;
    await customerProfile.open(freshCustomer.id, 'Profile');
    await profile.fillAll({ 'First Name': 'Ólafur Zoë', 'Last Name': 'Ñandú 李', Company: '李 Ñandú Ólafur Zoë' });
    expect((await profile.save()).body).toEqual({ firstName: 'Ólafur Zoë', lastName: 'Ñandú 李', company: '李 Ñandú Ólafur Zoë' });
    await customerProfile.expectHeader({ name: 'Ólafur Zoë Ñandú 李', company: '李 Ñandú Ólafur Zoë' });

    await customerList.open(`q=${encodeURIComponent('Ñandú 李')}`);
    await expect(customerList.row(freshCustomer.email).getByRole('cell')).toContainText([
      freshCustomer.accountNumber,
      'Ólafur Zoë Ñandú 李',
      '李 Ñandú Ólafur Zoë',
    ]);
  });
});
