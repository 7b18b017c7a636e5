import { expect, type Locator, type Page } from '@playwright/test';
import { AccountSettingsTab } from './customer-profile/account-settings-tab';
import { BillingSettingsTab } from './customer-profile/billing-settings-tab';
import { PanelAccessTab } from './customer-profile/panel-access-tab';
import { ProfileTab } from './customer-profile/profile-tab';
import { screenLoad } from '../support/timeouts';

/**
 * /customers/new: the profile's four sections with the same labels and one Create customer
 * button. A skeleton for now: the create flows add what they need here. Tab switching
 * here does not change the URL, so use `tab.tab.click()` rather than `tab.open()`.
 */
export class CreateCustomerPage {
  readonly heading: Locator;
  readonly createButton: Locator;
  readonly cancel: Locator;
  readonly panelAccess: PanelAccessTab;
  readonly accountSettings: AccountSettingsTab;
  readonly profile: ProfileTab;
  readonly billing: BillingSettingsTab;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { name: 'New customer', level: 1 });
    this.createButton = main.getByRole('button', { name: 'Create customer', exact: true });
    this.cancel = main.getByRole('link', { name: 'Cancel', exact: true });
    this.panelAccess = new PanelAccessTab(page);
    this.accountSettings = new AccountSettingsTab(page);
    this.profile = new ProfileTab(page);
    this.billing = new BillingSettingsTab(page);
  }

  async open() {
    await this.page.goto('/customers/new');
    await expect(this.heading).toBeVisible(screenLoad);
    await expect(this.createButton).toBeVisible(screenLoad);
  }
}
