import { expect, type Locator, type Page, type Request } from '@playwright/test';
import { ConsoleShell } from './console-shell';
import { AccountSettingsTab } from './customer-profile/account-settings-tab';
import { BillingSettingsTab, type AccountType } from './customer-profile/billing-settings-tab';
import { PanelAccessTab } from './customer-profile/panel-access-tab';
import { ProfileTab } from './customer-profile/profile-tab';
import { SignInAgainDialog } from './sign-in-again-dialog';
import type { SectionTab } from './customer-profile/section-tab';
import { tabName, type SectionName } from './customer-profile/sections';
import { screenLoad } from '../support/timeouts';
import type { Customer } from '../support/customers-api';

/** Who a new customer is: the fields an operator fills in (the rest keeps its defaults). */
export interface NewCustomerDetails {
  email: string;
  firstName: string;
  lastName?: string;
  company?: string;
  /** As the Country list names it, e.g. "Norway". */
  country: string;
  /** As the Rate Group list names it, e.g. "Standard Retail". */
  rateGroup: string;
  accountType?: AccountType;
  /** Postpaid only. */
  creditLimit?: string;
}

/** What Create customer sent and got. */
export interface CreateAttempt {
  body: Record<string, unknown>;
  status: number;
}

const isCreateRequest = (request: Request) =>
  request.method() === 'POST' && /\/customers$/.test(new URL(request.url()).pathname);

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * /customers/new: the profile's four sections with the same labels and one Create customer
 * button. Tab switching here does not change the URL, so use `openTab()` rather than the
 * tab objects' `open()`.
 */
export class CreateCustomerPage {
  readonly heading: Locator;
  readonly createButton: Locator;
  readonly cancel: Locator;
  readonly shell: ConsoleShell;
  readonly panelAccess: PanelAccessTab;
  readonly accountSettings: AccountSettingsTab;
  readonly profile: ProfileTab;
  readonly billing: BillingSettingsTab;
  readonly tabList: Locator;
  readonly regenerateAccountNumber: Locator;
  /** 401: sign in again over the form. */
  readonly signInAgain: SignInAgainDialog;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { name: 'New customer', level: 1 });
    this.createButton = main.getByRole('button', { name: 'Create customer', exact: true });
    this.cancel = main.getByRole('link', { name: 'Cancel', exact: true });
    this.shell = new ConsoleShell(page);
    this.panelAccess = new PanelAccessTab(page);
    this.accountSettings = new AccountSettingsTab(page);
    this.profile = new ProfileTab(page);
    this.billing = new BillingSettingsTab(page);
    this.tabList = main.getByRole('tablist', { name: 'Customer sections' });
    this.regenerateAccountNumber = main.getByRole('button', { name: 'Regenerate account number', exact: true });
    this.signInAgain = new SignInAgainDialog(page);
  }

  async open() {
    await this.page.goto('/customers/new');
    await expect(this.heading).toBeVisible(screenLoad);
    await expect(this.createButton).toBeVisible(screenLoad);
    // The generated account number is in: the form is ready.
    await expect(this.panelAccess.account).not.toHaveValue('', screenLoad);
  }

  section(name: SectionName): SectionTab {
    return { 'Panel Access': this.panelAccess, 'Account Settings': this.accountSettings, Profile: this.profile, 'Billing Settings': this.billing }[name];
  }

  /** Clicks a tab (the URL stays /customers/new). */
  async openTab(name: SectionName) {
    await this.section(name).tab.click();
    await this.expectActiveTab(name);
  }

  async expectActiveTab(name: SectionName) {
    await expect(this.section(name).tab).toHaveAttribute('aria-selected', 'true');
    await expect(this.section(name).panel).toBeVisible();
  }

  /** "Profile, 2 errors" (0: no error mark). */
  async expectTabErrors(name: SectionName, count: number) {
    await expect(this.section(name).tab).toHaveAccessibleName(tabName(name, { errors: count }));
  }

  /** Fills in who the customer is, tab by tab, and comes back to Panel Access. */
  async enterCustomer(details: NewCustomerDetails) {
    await this.openTab('Panel Access');
    await this.panelAccess.setEmail(details.email);

    await this.openTab('Profile');
    await this.profile.setFirstName(details.firstName);
    if (details.lastName !== undefined) await this.profile.fill('Last Name', details.lastName);
    if (details.company !== undefined) await this.profile.setCompany(details.company);
    await this.profile.setCountry(details.country);
    await expect(this.profile.country).toHaveValue(details.country);

    await this.openTab('Billing Settings');
    if (details.accountType) {
      // On a new customer the type is chosen outright: no confirmation to answer.
      await this.billing.select('Account Type', capitalised(details.accountType));
      await this.billing.expectChosen('Account Type', capitalised(details.accountType));
    }
    if (details.creditLimit !== undefined) await this.billing.setCreditLimit(details.creditLimit);
    await this.billing.setRateGroup(details.rateGroup);
    await expect(this.billing.rateGroup).toHaveValue(details.rateGroup);

    await this.openTab('Panel Access');
  }

  /** Clicks Create customer and returns what went over the wire, whatever the answer. */
  async submit(): Promise<CreateAttempt> {
    const [sent, answer] = await Promise.all([
      this.page.waitForRequest(isCreateRequest, { timeout: 15_000 }),
      this.page.waitForResponse((r) => isCreateRequest(r.request()), { timeout: 15_000 }),
      this.createButton.click(),
    ]);
    return { body: (sent.postDataJSON() ?? {}) as Record<string, unknown>, status: answer.status() };
  }

  /** The next POST /customers that creates a customer (after a retry, say). */
  async waitForCreated(): Promise<Customer> {
    const answer = await this.page.waitForResponse((r) => isCreateRequest(r.request()) && r.status() === 201);
    return (await answer.json()) as Customer;
  }

  /**
   * Creates the customer: POST answered 201, the notice "Customer created" shows and the new
   * customer's profile opens on Panel Access. Returns the created record.
   */
  async create(): Promise<Customer> {
    const [answer] = await Promise.all([
      this.page.waitForResponse((r) => isCreateRequest(r.request()), { timeout: 15_000 }),
      this.createButton.click(),
    ]);
    expect(answer.status(), `POST /customers answered ${answer.status()}`).toBe(201);
    const customer = (await answer.json()) as Customer;
    await this.shell.expectNotification('Customer created');
    await expect(this.page).toHaveURL(new RegExp(`/customers/${customer.id}/panel-access$`), screenLoad);
    return customer;
  }

  /** Clicks Create customer when the form itself should refuse: no POST leaves. */
  async createExpectingErrors() {
    let posted = false;
    const listener = (request: Request) => {
      if (isCreateRequest(request)) posted = true;
    };
    this.page.on('request', listener);
    try {
      await this.createButton.click();
      await this.shell.expectNotification('Not created yet');
    } finally {
      this.page.off('request', listener);
    }
    expect(posted, 'an invalid new customer must not be sent').toBe(false);
  }
}
