import { expect, test } from '../fixtures';
import { readCustomer } from '../support/customers-api';

let created = 0;
/** An email no other customer has, here or on a shared staging backend. */
const uniqueEmail = (what: string) => `${what}.${Date.now().toString(36)}${process.pid.toString(36)}${(created++).toString(36)}@example.com`;

/**
 * Creating customers (issue 3, "Create"). Reference names (Standard Retail, Norway) and the
 * settings switch are the mock backend's.
 */
test.describe('Console: creating a customer', { tag: '@mock' }, () => {
  // The form, the new profile and the list: three screens each.
  test.describe.configure({ timeout: 60_000 });

  test('a prepaid customer is created and found in the list', { tag: '@smoke' }, async ({
    createCustomerPage,
    customerProfile,
    customerList,
  }) => {
    const email = uniqueEmail('prepaid');
    await createCustomerPage.open();
    await createCustomerPage.enterCustomer({
      email,
      firstName: 'Ingrid',
      lastName: 'Prepaid',
      country: 'Norway',
      rateGroup: 'Standard Retail',
    });
    const customer = await createCustomerPage.create();
    expect(customer).toMatchObject({ email, accountType: 'prepaid', creditLimit: null, countryId: 'NO' });
    await customerProfile.expectHeader({ name: 'Ingrid Prepaid' });
    await expect(customerProfile.panelAccess.account).toHaveValue(customer.accountNumber);

    await customerList.open(`q=${encodeURIComponent(email)}`);
    await expect(customerList.rows).toHaveCount(1);
    await expect(customerList.row(email).getByRole('cell')).toContainText([customer.accountNumber, 'Ingrid Prepaid', '', email, 'Active', 'Prepaid']);
  });

  test('a postpaid customer is created with its credit limit and found in the list', async ({
    createCustomerPage,
    customerProfile,
    customerList,
  }) => {
    const email = uniqueEmail('postpaid');
    await createCustomerPage.open();
    await createCustomerPage.enterCustomer({
      email,
      firstName: 'Piet',
      lastName: 'Postpaid',
      company: 'Nachtwacht BV',
      country: 'Netherlands',
      rateGroup: 'Wholesale A-Z',
      accountType: 'postpaid',
      creditLimit: '750',
    });
    const customer = await createCustomerPage.create();
    expect(customer).toMatchObject({ email, accountType: 'postpaid', creditLimit: '750.00000' });

    await customerProfile.billing.open();
    await expect(customerProfile.billing.creditLimit).toHaveValue('750.00');

    await customerList.open(`q=${encodeURIComponent(email)}`);
    await expect(customerList.row(email).getByRole('cell')).toContainText([customer.accountNumber, 'Piet Postpaid', 'Nachtwacht BV', email, 'Active', 'Postpaid']);
  });

  test('Create customer sends you to the first tab with errors and its field', async ({ createCustomerPage }) => {
    const { panelAccess, profile, billing } = createCustomerPage;
    await createCustomerPage.open();
    await panelAccess.setEmail(uniqueEmail('errors'));

    await createCustomerPage.createExpectingErrors();
    await createCustomerPage.expectActiveTab('Profile');
    await expect(profile.firstName).toBeFocused();
    await profile.expectFieldError('First Name', 'Enter a first name');
    // The country comes from the settings' default; the first name is the one missing.
    await createCustomerPage.expectTabErrors('Profile', 1);
    await createCustomerPage.expectTabErrors('Billing Settings', 1);
    await createCustomerPage.expectTabErrors('Panel Access', 0);

    await profile.setFirstName('Fixed');
    await createCustomerPage.openTab('Panel Access');
    await createCustomerPage.createExpectingErrors();
    await createCustomerPage.expectActiveTab('Billing Settings');
    await expect(billing.rateGroup).toBeFocused();
    await createCustomerPage.expectTabErrors('Profile', 0);

    await billing.setRateGroup('Premium Routes');
    await createCustomerPage.create();
  });

  test('the account number is typed by hand when settings allow: exactly 10 digits, unique', async ({
    createCustomerPage,
    customerList,
    mockBackend,
  }) => {
    const { panelAccess } = createCustomerPage;
    await createCustomerPage.open();
    // By default the number is generated and only regenerated.
    await expect(panelAccess.account).not.toBeEditable();
    const generated = await panelAccess.account.inputValue();
    await createCustomerPage.regenerateAccountNumber.click();
    await expect(panelAccess.account).not.toHaveValue(generated);
    await expect(panelAccess.account).toHaveValue(/^\d{10}$/);

    await mockBackend.setSettings({ accountNumberEditable: true });
    await createCustomerPage.open();
    await expect(panelAccess.account).toBeEditable();
    await panelAccess.fill('Account', '12345');
    await panelAccess.expectFieldError('Account', 'Enter exactly 10 digits');

    await createCustomerPage.enterCustomer({ email: uniqueEmail('by-hand'), firstName: 'Hand', country: 'Norway', rateGroup: 'Standard Retail' });
    await createCustomerPage.openTab('Billing Settings');
    await createCustomerPage.createExpectingErrors();
    await createCustomerPage.expectActiveTab('Panel Access');
    await expect(panelAccess.account).toBeFocused();

    // Customer 1's number is taken: the server refuses it on the field.
    const taken = (await readCustomer(createCustomerPage.page, 1)).accountNumber;
    await panelAccess.fill('Account', taken);
    const refused = await createCustomerPage.submit();
    expect(refused.status).toBe(422);
    await panelAccess.expectFieldError('Account', 'This account number is taken');

    await panelAccess.fill('Account', '4000000001');
    const customer = await createCustomerPage.create();
    expect(customer.accountNumber).toBe('4000000001');
    await customerList.open('q=4000000001');
    await expect(customerList.row('4000000001')).toHaveCount(1);
  });
});
