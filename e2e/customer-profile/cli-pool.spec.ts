import { expect, test } from '../fixtures';

/**
 * CLI Pool with ASTPP's nine modes (issue 12): three of them bill calls from a caller ID that
 * is not the customer's at the NON-CLI rate group, which then must be chosen. The mock
 * stores the optional columns; a stock ASTPP 6.0 database has none (astpp-settings.spec.ts).
 */
test.describe('Customer Profile: CLI Pool', { tag: '@mock' }, () => {
  test('offers ASTPP’s nine modes; the three that bill at the NON-CLI rate group require one', async ({ customerProfile, freshCustomer }) => {
    const { billing } = customerProfile;
    await customerProfile.open(freshCustomer.id, 'Billing Settings');
    await expect(billing.cliPool.getByRole('option')).toHaveText([
      'Off: caller IDs are not checked',
      'Not one of their DIDs: send a random DID of theirs instead',
      'Not one of their caller IDs: send a random caller ID of theirs instead',
      'Not one of their DIDs: bill at the NON-CLI rate group',
      'Not one of their caller IDs: bill at the NON-CLI rate group',
      'Neither their DID nor caller ID: bill at the NON-CLI rate group',
      'Not one of their DIDs: reject the call',
      'Not one of their caller IDs: reject the call',
      'Neither their DID nor caller ID: reject the call',
    ]);

    await billing.setCliPool('Not one of their caller IDs: bill at the NON-CLI rate group');
    await billing.saveExpectingErrors();
    await billing.expectFieldError('NON-CLI Rate Group', 'Choose a NON-CLI rate group: the CLI pool bills unmatched calls at it');

    await billing.setCliPool('Not one of their caller IDs: reject the call');
    await billing.expectNoFieldError('NON-CLI Rate Group');
    const saved = await billing.save();
    expect(saved.body).toEqual({ cliPool: 'reject-caller-id' });
  });
});
