import { expect, test } from '../fixtures';
import { isCustomerListRequest } from '../pages/customer-list-page';

/** Amounts as the list shows them ("−CA$1,023.97", "KWD 832.100") as numbers, for order checks. */
const amount = (shown: string) => Number(shown.replace(/^−/, '-').replace(/[^\d.-]/g, ''));

/** The customer list (issue 3, "Customer list"): its view lives in the URL. */
test.describe('Console: the customer list', () => {
  // Two page loads and several list answers each: room for busy machines.
  test.describe.configure({ timeout: 60_000 });

  // Seed data: customers called Zoë, and more than a page of active postpaid ones.
  test('search waits for typing to pause, and survives a reload', { tag: '@mock' }, async ({ page, customerList }) => {
    const searched: string[] = [];
    page.on('request', (request) => {
      if (isCustomerListRequest(request)) searched.push(new URL(request.url()).searchParams.get('q') ?? '');
    });
    await page.clock.install();
    await customerList.open();
    // Typing pauses for 300 ms after the last key.
    await customerList.typeSearch('Zoë', { pause: 300 });

    // One request for the whole word, none for "Z" or "Zo".
    expect(searched.filter((q) => q !== '')).toEqual(['Zoë']);
    const names = await customerList.columnTexts('Name');
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).toContain('Zoë');

    await customerList.reload();
    await expect(customerList.search).toHaveValue('Zoë');
    expect(await customerList.columnTexts('Name')).toEqual(names);
  });

  test('filters, sorting and the page survive a reload', { tag: '@mock' }, async ({ page, customerList }) => {
    await customerList.open();
    await customerList.filterByStatus('Active');
    await customerList.filterByAccountType('Postpaid');
    await customerList.sortBy('Balance', 'descending');
    await customerList.goToPage(2);
    await expect(page).toHaveURL(/[?&]status=active/);
    await expect(page).toHaveURL(/[?&]accountType=postpaid/);
    await expect(page).toHaveURL(/[?&]sort=-balance/);
    await expect(page).toHaveURL(/[?&]page=2/);

    const accounts = await customerList.columnTexts('Account');
    expect(new Set(await customerList.columnTexts('Status'))).toEqual(new Set(['Active']));
    expect(new Set(await customerList.columnTexts('Account type'))).toEqual(new Set(['Postpaid']));
    const balances = (await customerList.columnTexts('Balance')).map(amount);
    expect(balances).toEqual([...balances].sort((a, b) => b - a));

    await customerList.reload();
    await expect(customerList.statusFilter).toHaveValue('Active');
    await expect(customerList.accountTypeFilter).toHaveValue('Postpaid');
    await customerList.expectSortedBy('Balance', 'descending');
    await customerList.expectPage(2);
    expect(await customerList.columnTexts('Account')).toEqual(accounts);
  });

  test('an empty result says so and offers to clear the filters', async ({ page, customerList }) => {
    await customerList.open('q=no-such-customer-anywhere&status=inactive');
    await customerList.expectNoMatches();

    await customerList.clearFilters();
    await expect(customerList.search).toHaveValue('');
    await expect(customerList.statusFilter).toHaveValue('');
    await expect(page).toHaveURL(/\/customers$/);
    await expect(customerList.rows).toHaveCount(25);
  });

  test('a row opens the customer', async ({ customerList, customerProfile }) => {
    await customerList.open();
    const [name] = await customerList.columnTexts('Name');
    const id = await customerList.openFirstRow();
    await customerProfile.expectLoaded('Panel Access');
    await expect(customerProfile.page).toHaveURL(new RegExp(`/customers/${id}/panel-access$`));
    await customerProfile.expectHeader({ name: name! });
  });
});
