import { expect, type Locator, type Page, type Request } from '@playwright/test';
import { escapeRegExp } from './customer-profile/sections';
import { screenLoad } from '../support/timeouts';

export type ListColumn = 'Account' | 'Name' | 'Company' | 'Email' | 'Status' | 'Account type' | 'Balance';
export type StatusFilter = 'Active' | 'Inactive';
export type AccountTypeFilter = 'Prepaid' | 'Postpaid';

/** A GET /customers the list sends (not the one of a single customer). */
export const isCustomerListRequest = (request: Request) =>
  request.method() === 'GET' && /\/customers$/.test(new URL(request.url()).pathname);

/**
 * /customers: search, filters, sorting and paging, all kept in the URL. The table's name is
 * its caption, "240 customers".
 */
export class CustomerListPage {
  readonly heading: Locator;
  readonly search: Locator;
  readonly statusFilter: Locator;
  readonly accountTypeFilter: Locator;
  readonly newCustomer: Locator;
  readonly table: Locator;
  /** Body rows (the header row has column headers, not cells). */
  readonly rows: Locator;
  readonly noMatches: Locator;
  readonly clearFiltersButton: Locator;
  /** "Page 2 of 10", under the table. */
  readonly pageStatus: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { name: 'Customers', level: 1 });
    this.search = main.getByLabel('Search', { exact: true });
    this.statusFilter = main.getByRole('combobox', { name: 'Status', exact: true });
    this.accountTypeFilter = main.getByRole('combobox', { name: 'Account type', exact: true });
    this.newCustomer = main.getByRole('link', { name: 'New customer', exact: true });
    this.table = main.getByRole('table');
    this.rows = this.table.getByRole('row').filter({ has: page.getByRole('cell') });
    this.noMatches = main.getByText('No customers match', { exact: true });
    this.clearFiltersButton = main.getByRole('button', { name: 'Clear search and filters', exact: true });
    this.pageStatus = main.getByText(/^Page \d+ of \d+$/);
  }

  /** Opens the list, optionally on a view given as URL parameters (`q=zoë&status=active`). */
  async open(query?: string) {
    await this.page.goto(query ? `/customers?${query}` : '/customers');
    await this.expectShown();
    await this.expectLoaded();
  }

  async expectShown() {
    await expect(this.page).toHaveURL(/\/customers(\?.*)?$/);
    await expect(this.heading).toBeVisible(screenLoad);
  }

  /** The rows on screen are the answer to the current view (no skeleton, no previous page). */
  async expectLoaded() {
    await expect(this.table).toHaveAttribute('aria-busy', 'false', screenLoad);
  }

  /** Reloads and waits for the list again. */
  async reload() {
    await this.page.reload();
    await this.expectShown();
    await this.expectLoaded();
  }

  /** Puts the text in Search at once (as a paste); the list follows a moment later. */
  async searchFor(text: string) {
    await this.search.fill(text);
  }

  /**
   * Types key by key with the page's clock held, so the keystrokes are as close together as a
   * quick typist's however busy the machine is; then lets the clock run past the pause and waits
   * until the list shows the result for the whole text. The test must have called
   * `page.clock.install()` before opening the page.
   */
  async typeSearch(text: string, { pause }: { pause: number }) {
    const answered = this.page.waitForResponse(
      (r) => isCustomerListRequest(r.request()) && new URL(r.url()).searchParams.get('q') === text.trim(),
    );
    await this.page.clock.pauseAt(Date.now() + 2_000);
    await this.search.click();
    await this.search.pressSequentially(text);
    await this.page.clock.runFor(pause);
    await this.page.clock.resume();
    await answered;
    await this.expectLoaded();
  }

  /** "240 customers": the table's caption, which is also its name. */
  async expectTotal(total: number) {
    await expect(this.table).toHaveAccessibleName(`${total.toLocaleString('en-US')} ${total === 1 ? 'customer' : 'customers'}`, screenLoad);
  }

  async filterByStatus(status: StatusFilter) {
    await this.pick(this.statusFilter, status);
  }

  async filterByAccountType(type: AccountTypeFilter) {
    await this.pick(this.accountTypeFilter, type);
  }

  private async pick(filter: Locator, option: string) {
    await filter.click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
    await expect(filter).toHaveValue(option);
    await this.expectLoaded();
  }

  /** The column header of a column; its aria-sort tells the order. */
  columnHeader(column: ListColumn): Locator {
    return this.table.getByRole('columnheader', { name: new RegExp(`^${escapeRegExp(column)}\\b`) });
  }

  /** Clicks the column's header: ascending first, descending on the second click. */
  async sortBy(column: ListColumn, direction: 'ascending' | 'descending' = 'ascending') {
    const header = this.columnHeader(column);
    const current = await header.getAttribute('aria-sort');
    if (current === direction) return;
    await header.getByRole('button').click();
    if (current === 'none' && direction === 'descending') {
      await expect(header).toHaveAttribute('aria-sort', 'ascending');
      await header.getByRole('button').click();
    }
    await this.expectSortedBy(column, direction);
    await this.expectLoaded();
  }

  async expectSortedBy(column: ListColumn, direction: 'ascending' | 'descending') {
    await expect(this.columnHeader(column)).toHaveAttribute('aria-sort', direction);
  }

  async goToPage(page: number) {
    await this.page.getByRole('button', { name: `Page ${page}`, exact: true }).click();
    await this.expectPage(page);
  }

  async expectPage(page: number, of?: number) {
    await expect(this.pageStatus).toHaveText(of === undefined ? new RegExp(`^Page ${page} of \\d+$`) : `Page ${page} of ${of}`);
    await this.expectLoaded();
  }

  /** "No customers match", with the button that clears search and filters. */
  async expectNoMatches() {
    await expect(this.noMatches).toBeVisible();
    await expect(this.rows).toHaveCount(0);
  }

  async clearFilters() {
    await this.clearFiltersButton.click();
    await this.expectLoaded();
  }

  /** A row by any text it shows (account number, name, email…). */
  row(text: string | RegExp): Locator {
    return this.rows.filter({ hasText: text });
  }

  /** The texts of one column, top to bottom (as written, whatever the styling's letter case). */
  async columnTexts(column: ListColumn): Promise<string[]> {
    const headers = await this.table.getByRole('columnheader').allTextContents();
    const index = headers.findIndex((h) => h.replace(/[▲▼↕]/g, '').trim() === column);
    if (index === -1) throw new Error(`No column ${column} in ${headers.join(', ')}`);
    // One read of the whole column: a round trip per cell is slow on a busy machine.
    return this.rows.evaluateAll(
      (rows, i) => rows.map((row) => ((row as HTMLTableRowElement).cells[i]?.textContent ?? '').trim()),
      index,
    );
  }

  /** The ids of the customers on screen, from the account links (`/customers/42`). */
  async customerIds(): Promise<number[]> {
    const hrefs = await this.rows.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    return hrefs.map((href) => Number(/\/customers\/(\d+)/.exec(href)?.[1]));
  }

  /** Opens a customer from its row, by the account number link. */
  async openCustomer(accountNumber: string) {
    await this.table.getByRole('link', { name: accountNumber, exact: true }).click();
  }

  /** Opens a customer by clicking anywhere on its row (here: the name cell). */
  async openRow(text: string | RegExp) {
    await this.row(text).getByRole('cell').nth(1).click();
  }

  /** Opens the customer of the first row; returns its id. */
  async openFirstRow(): Promise<number> {
    const [id] = await this.customerIds();
    await this.rows.first().getByRole('cell').nth(1).click();
    return id!;
  }
}
