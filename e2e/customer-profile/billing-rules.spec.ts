import { expect, test } from '../fixtures';

test.describe('Customer Profile: billing rules', () => {
  // Up to three page loads each (a fresh customer, the profile, a reload): room for busy machines.
  test.describe.configure({ timeout: 60_000 });

  test('credit limit appears and is required when a prepaid customer becomes postpaid', { tag: '@smoke' }, async ({
    customerProfile,
    freshCustomer,
  }) => {
    const { billing } = customerProfile;
    await customerProfile.open(freshCustomer.id, 'Billing Settings');
    await billing.expectChosen('Account Type', 'Prepaid');
    await expect(billing.creditLimit).toBeHidden();

    await billing.setAccountType('postpaid');
    await expect(billing.creditLimit).toBeVisible();
    await billing.saveExpectingErrors();
    await billing.expectFieldError('Credit Limit', 'Enter a credit limit (0 or more) for a postpaid account');
    await customerProfile.expectTabErrors('Billing Settings', 1);

    await billing.setCreditLimit('2500');
    await customerProfile.expectTabErrors('Billing Settings', 0);
    const patch = await billing.save();
    expect(patch.body).toEqual({ accountType: 'postpaid', creditLimit: '2500.00000' });
  });

  test('credit limit disappears and is not sent when a postpaid customer becomes prepaid', async ({
    customerProfile,
    createCustomer,
  }) => {
    const customer = await createCustomer({ accountType: 'postpaid', creditLimit: '750.00000' });
    const { billing } = customerProfile;
    await customerProfile.open(customer.id, 'Billing Settings');
    await expect(billing.creditLimit).toHaveValue('750.00');

    await billing.setAccountType('prepaid');
    await expect(billing.creditLimit).toBeHidden();
    const patch = await billing.save();
    expect(patch.body).toEqual({ accountType: 'prepaid' });

    await customerProfile.reload();
    await billing.expectChosen('Account Type', 'Prepaid');
    await expect(billing.creditLimit).toBeHidden();
  });

  test('changing the account type asks first; keeping it changes nothing', async ({ customerProfile, freshCustomer }) => {
    const { billing } = customerProfile;
    await customerProfile.open(freshCustomer.id, 'Billing Settings');
    await billing.setAccountType('postpaid', { confirm: false });
    await expect(billing.creditLimit).toBeHidden();
    await customerProfile.expectTabUnsaved('Billing Settings', false);
  });

  // Seed data: customer 2, Zoë Müller, is postpaid and has used 1,532.86 of a 2,320 credit
  // limit; amounts are in the base currency, USD, though hers is EUR.
  test("a postpaid customer's header shows used and available credit; switching a customer with a non-zero balance to the other account type is refused with the reason", {
    tag: '@mock',
  }, async ({ customerProfile }) => {
    const { billing } = customerProfile;
    await customerProfile.open(2, 'Billing Settings');
    await customerProfile.expectHeader({ name: 'Zoë Müller' });
    await customerProfile.expectHeaderAmounts({ 'Account type': 'Postpaid', Used: 'USD 1,532.86', 'Available credit': 'USD 787.14' });
    await expect(customerProfile.headerFact('Balance left')).toBeHidden();

    await billing.expectAccountTypeLocked(
      'postpaid',
      'The balance must be settled to 0 before the account type can change. It is USD 1,532.86, the money used on this postpaid account.',
    );
    await expect(billing.accountTypeDialog).toBeHidden();
    await expect(billing.creditLimit).toHaveValue('2320.00');
  });

  test('billing day disappears and is not sent for daily billing', async ({ customerProfile, freshCustomer }) => {
    const { billing } = customerProfile;
    await customerProfile.open(freshCustomer.id, 'Billing Settings');
    await billing.expectChosen('Billing Schedule', 'Monthly');
    await billing.expectChosen('Billing Day', '1');

    await billing.setBillingSchedule('daily');
    await expect(billing.billingDay).toBeHidden();
    const patch = await billing.save();
    expect(patch.body).toEqual({ billingSchedule: 'daily' });
  });

  test('billing day appears and is required for monthly billing', async ({ customerProfile, createCustomer }) => {
    const customer = await createCustomer({ billingSchedule: 'daily' });
    const { billing } = customerProfile;
    await customerProfile.open(customer.id, 'Billing Settings');
    await expect(billing.billingDay).toBeHidden();

    await billing.setBillingSchedule('monthly');
    await expect(billing.billingDay).toBeVisible();
    await billing.saveExpectingErrors();
    await customerProfile.expectTabErrors('Billing Settings', 1);

    await billing.setBillingDay(15);
    const patch = await billing.save();
    expect(patch.body).toEqual({ billingSchedule: 'monthly', billingDay: 15 });

    await customerProfile.reload();
    await billing.expectChosen('Billing Day', '15');
  });
});
