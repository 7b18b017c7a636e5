import { expect, test } from '../fixtures';
import { legacyCustomerIds } from '../../mocks/seed';

/**
 * Rows as operators' ASTPP databases hold them (issue 12, decision 0013): a value today's
 * rules would refuse is shown as it is and does not stop a save; typed anew, it is judged.
 * The mock's customer 3 is like ASTPP's stock customer: a 10-digit pin, 60000 valid days, a
 * 12-digit account number and a phone number with letters.
 */
test.describe('Customer Profile: rows ASTPP already holds', { tag: '@mock' }, () => {
  test('a legacy row opens as it is and its Profile saves; a bad pin typed into it still gets the rule', async ({ customerProfile }) => {
    const { panelAccess, profile } = customerProfile;
    await customerProfile.open(legacyCustomerIds.stock, 'Panel Access');
    await expect(panelAccess.account).toHaveValue('777777777777');
    await expect(panelAccess.pin).toHaveValue('4738291056');
    await expect(panelAccess.validDays).toHaveValue('60,000');

    await profile.open();
    await expect(profile.field('Phone')).toHaveValue('+1 555 CALL NOW');
    await profile.fill('Company', 'Legacy Rows Ltd');
    const saved = await profile.save();
    expect(saved.body).toEqual({ company: 'Legacy Rows Ltd' });
    await profile.expectNoFieldError('Phone');

    await panelAccess.open();
    await panelAccess.setPin('12ab');
    await panelAccess.expectFieldError('Pin', 'Use digits only');
  });
});
