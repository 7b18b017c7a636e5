import { expect, type Locator, type Page } from '@playwright/test';
import { SectionTab } from './section-tab';

export type AccountType = 'prepaid' | 'postpaid';
export type BillingSchedule = 'daily' | 'monthly';

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** Billing Settings: prepaid or postpaid, rates, when and how the customer is billed. */
export class BillingSettingsTab extends SectionTab {
  /** Account Type, CLI Pool, Billing Schedule and Billing Day are short fixed lists: see `expectChosen`. */
  readonly accountType: Locator;
  readonly creditLimit: Locator;
  readonly rateGroup: Locator;
  readonly nonCliRateGroup: Locator;
  readonly cliPool: Locator;
  readonly billingSchedule: Locator;
  readonly billingDay: Locator;
  readonly taxes: Locator;
  readonly taxNumber: Locator;
  readonly generateInvoice: Locator;
  readonly invoiceNote: Locator;
  readonly reference: Locator;
  /** Changing the account type of an existing customer asks first. */
  readonly accountTypeDialog: Locator;

  constructor(page: Page) {
    super(page, 'Billing Settings');
    this.accountType = this.field('Account Type');
    this.creditLimit = this.field('Credit Limit');
    this.rateGroup = this.field('Rate Group');
    this.nonCliRateGroup = this.field('NON-CLI Rate Group');
    this.cliPool = this.field('CLI Pool');
    this.billingSchedule = this.field('Billing Schedule');
    this.billingDay = this.field('Billing Day');
    this.taxes = this.field('Taxes');
    this.taxNumber = this.field('Tax Number');
    this.generateInvoice = this.switchOf('Generate Invoice');
    this.invoiceNote = this.field('Invoice Note');
    this.reference = this.field('Reference');
    this.accountTypeDialog = page.getByRole('dialog', { name: 'Change the account type?' });
  }

  /**
   * Picks the account type and answers the confirmation: "Change account type" by default,
   * or keeps the current type with `{ confirm: false }`.
   */
  async setAccountType(type: AccountType, { confirm = true }: { confirm?: boolean } = {}) {
    const current = (await this.chosenOption('Account Type').textContent())?.trim() ?? '';
    if (current === capitalised(type)) return;
    await this.select('Account Type', capitalised(type));
    await expect(this.accountTypeDialog).toBeVisible();
    await this.accountTypeDialog
      .getByRole('button', { name: confirm ? 'Change account type' : `Keep ${current.toLowerCase()}`, exact: true })
      .click();
    await expect(this.accountTypeDialog).toBeHidden();
    await this.expectChosen('Account Type', confirm ? capitalised(type) : current);
  }

  /**
   * The account type cannot change now (the balance is not 0): shown read-only with `type`,
   * the reason as its description.
   */
  async expectAccountTypeLocked(type: AccountType, reason: string | RegExp) {
    await expect(this.accountType).toHaveValue(capitalised(type));
    await expect(this.accountType).not.toBeEditable();
    await expect(this.accountType).toHaveAccessibleDescription(reason);
  }

  async setCreditLimit(amount: string) {
    await this.fill('Credit Limit', amount);
  }

  async setBillingSchedule(schedule: BillingSchedule) {
    await this.select('Billing Schedule', capitalised(schedule));
    await this.expectChosen('Billing Schedule', capitalised(schedule));
  }

  async setBillingDay(day: number) {
    await this.select('Billing Day', String(day));
    await this.expectChosen('Billing Day', String(day));
  }

  async setRateGroup(name: string) {
    await this.choose('Rate Group', name);
  }

  /** By the mode's label, e.g. "Not one of their DIDs: reject the call". */
  async setCliPool(mode: string) {
    await this.select('CLI Pool', mode);
  }

  async setTaxNumber(taxNumber: string) {
    await this.fill('Tax Number', taxNumber);
  }

  async setReference(reference: string) {
    await this.fill('Reference', reference);
  }
}
