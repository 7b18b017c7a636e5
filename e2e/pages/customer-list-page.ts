import { expect, type Locator, type Page } from '@playwright/test';
import { screenLoad } from '../support/timeouts';

/**
 * /customers: search, filters, paging. A skeleton for now: the list's own flows add what
 * they need here.
 */
export class CustomerListPage {
  readonly heading: Locator;
  readonly search: Locator;
  readonly newCustomer: Locator;
  readonly table: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { name: 'Customers', level: 1 });
    this.search = main.getByLabel('Search', { exact: true });
    this.newCustomer = main.getByRole('link', { name: 'New customer', exact: true });
    this.table = main.getByRole('table');
  }

  async open() {
    await this.page.goto('/customers');
    await this.expectShown();
  }

  async expectShown() {
    await expect(this.page).toHaveURL(/\/customers(\?.*)?$/);
    await expect(this.heading).toBeVisible(screenLoad);
  }

  async searchFor(text: string) {
    await this.search.fill(text);
  }

  /** Opens a customer from its row, by the account number link. */
  async openCustomer(accountNumber: string) {
    await this.table.getByRole('link', { name: accountNumber, exact: true }).click();
  }
}
