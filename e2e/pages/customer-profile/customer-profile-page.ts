import { expect, type Locator, type Page } from '@playwright/test';
import { ConsoleShell } from '../console-shell';
import { SignInAgainDialog } from '../sign-in-again-dialog';
import { AccountSettingsTab } from './account-settings-tab';
import { BillingSettingsTab } from './billing-settings-tab';
import { ConflictDialog } from './conflict-dialog';
import { DraftOffer } from './draft-offer';
import { PanelAccessTab } from './panel-access-tab';
import { ProfileTab } from './profile-tab';
import type { SavedPatch, SectionTab } from './section-tab';
import { fieldLabel, sectionNameOf, sectionNames, sectionSlugs, tabName, type SectionName, type SectionSlug } from './sections';
import { screenLoad } from '../../support/timeouts';

/**
 * The Customer Profile (`/customers/:id/:section`): a header, four tabs, one form and one
 * Save per tab, and a guard against leaving with unsaved edits.
 */
export class CustomerProfilePage {
  readonly shell: ConsoleShell;
  readonly panelAccess: PanelAccessTab;
  readonly accountSettings: AccountSettingsTab;
  readonly profile: ProfileTab;
  readonly billing: BillingSettingsTab;
  /** 412: someone else saved first. */
  readonly conflictDialog: ConflictDialog;
  /** Edits kept from an earlier visit. */
  readonly draftOffer: DraftOffer;
  /** 401: sign in again over the form. */
  readonly signInAgain: SignInAgainDialog;

  /** The customer's name, as the page's main heading. */
  readonly heading: Locator;
  readonly tabList: Locator;
  readonly leaveDialog: Locator;
  readonly notFound: Locator;
  readonly backToCustomers: Locator;

  constructor(readonly page: Page) {
    this.shell = new ConsoleShell(page);
    this.panelAccess = new PanelAccessTab(page);
    this.accountSettings = new AccountSettingsTab(page);
    this.profile = new ProfileTab(page);
    this.billing = new BillingSettingsTab(page);
    this.conflictDialog = new ConflictDialog(page);
    this.draftOffer = new DraftOffer(page);
    this.signInAgain = new SignInAgainDialog(page);
    this.heading = page.getByRole('main').getByRole('heading', { level: 1 });
    this.tabList = page.getByRole('tablist', { name: 'Customer sections' });
    this.leaveDialog = page.getByRole('dialog', { name: 'Leave without saving?' });
    this.notFound = page.getByRole('heading', { name: 'Customer not found', level: 1 });
    this.backToCustomers = page.getByRole('main').getByRole('link', { name: 'Back to customers' });
  }

  /** The tab object of a section, by its name or slug. */
  section(section: SectionName | SectionSlug): SectionTab {
    const name = sectionNameOf(section);
    return { 'Panel Access': this.panelAccess, 'Account Settings': this.accountSettings, Profile: this.profile, 'Billing Settings': this.billing }[name];
  }

  /** Opens a customer on a section by URL and waits for its form. */
  async open(customerId: number, section: SectionName | SectionSlug = 'panel-access') {
    await this.page.goto(`/customers/${customerId}/${sectionSlugs[sectionNameOf(section)]}`);
    await this.expectLoaded(section);
  }

  /** Opens any address under /customers (unknown sections and customers included). */
  async openPath(path: string) {
    await this.page.goto(path);
  }

  async expectLoaded(section: SectionName | SectionSlug) {
    const tab = this.section(section);
    await tab.expectShown(screenLoad);
    await expect(tab.saveButton).toBeVisible();
  }

  /** The tab of a section, whatever marks its name carries. */
  tab(name: SectionName): Locator {
    return this.section(name).tab;
  }

  /** The section shown now, read from the selected tab. */
  async activeSection(): Promise<SectionTab> {
    for (const name of sectionNames) {
      if ((await this.tab(name).getAttribute('aria-selected')) === 'true') return this.section(name);
    }
    throw new Error('No customer section is shown');
  }

  async goToTab(name: SectionName) {
    await this.section(name).open();
  }

  async expectActiveTab(name: SectionName) {
    await this.section(name).expectShown();
  }

  /** "Profile, 1 error": the count is in the tab's accessible name (0: no error mark). */
  async expectTabErrors(name: SectionName, count: number) {
    await expect(this.tab(name)).toHaveAccessibleName(tabName(name, { errors: count }));
  }

  /** "Billing Settings, unsaved changes" (or not, with `false`). */
  async expectTabUnsaved(name: SectionName, unsaved = true) {
    await expect(this.tab(name)).toHaveAccessibleName(tabName(name, { unsaved }));
  }

  /** A field of the section shown now, by label. */
  field(label: string): Locator {
    return this.page.getByRole('tabpanel').getByLabel(fieldLabel(label));
  }

  /** Saves the section shown now (see SectionTab.save). */
  async save(): Promise<SavedPatch> {
    return (await this.activeSection()).save();
  }

  /** Reloads the page on the same section and waits for the form again. */
  async reload() {
    const section = await this.activeSection();
    await this.page.reload();
    await this.expectLoaded(section.name);
  }

  /** The header: "Account 1234567890", the name as heading, the company under it. */
  async expectHeader({ name, company }: { name: string | RegExp; company?: string }) {
    await expect(this.heading).toHaveText(name);
    if (company !== undefined) await expect(this.page.getByRole('main').getByText(company, { exact: true }).first()).toBeVisible();
  }

  /** A labelled value of the header: "Account type", "Balance left" (prepaid), "Used" and "Available credit" (postpaid). */
  headerFact(label: string): Locator {
    return this.page.getByRole('main').getByRole('group', { name: label, exact: true });
  }

  /** The header's amounts by label, as written: `{ Used: 'USD 1,532.86', 'Available credit': 'USD 787.14' }`. */
  async expectHeaderAmounts(amounts: Record<string, string>) {
    for (const [label, amount] of Object.entries(amounts)) {
      await expect(this.headerFact(label).getByText(amount, { exact: true })).toBeVisible();
    }
  }

  /**
   * Waits until the edits typed so far are kept for a later visit (they are written a moment
   * after typing stops), so that a reload right after offers them back.
   */
  /** Waits until the draft in session storage holds every one of these typed values (it is written debounced). */
  async expectEditsKept(customerId: number | 'new', values: readonly string[] = []) {
    await expect
      .poll(
        () =>
          this.page.evaluate(
            ({ key, values }) => {
              const draft = sessionStorage.getItem(key);
              return draft !== null && values.every((value) => draft.includes(JSON.stringify(value)));
            },
            { key: `draft.customer.${customerId}`, values: [...values] },
          ),
        { message: 'the edits are kept in session storage' },
      )
      .toBe(true);
  }

  /** Reloads with unsaved edits: the browser asks whether to leave, and the flow says yes. */
  async reloadLeavingEdits() {
    const section = await this.activeSection();
    this.page.once('dialog', (dialog) => void (dialog.type() === 'beforeunload' ? dialog.accept() : dialog.dismiss()));
    await this.page.reload();
    await this.expectLoaded(section.name);
  }

  /** Follows the navigation's Customers link, which leaves the customer. */
  async goToCustomers() {
    await this.shell.customersLink.click();
  }

  async expectLeaveDialog() {
    await expect(this.leaveDialog).toBeVisible();
  }

  async stayOnPage() {
    await this.leaveDialog.getByRole('button', { name: 'Stay and keep editing' }).click();
    await expect(this.leaveDialog).toBeHidden();
  }

  async leaveAndDiscard() {
    await this.leaveDialog.getByRole('button', { name: 'Leave and discard' }).click();
    await expect(this.leaveDialog).toBeHidden();
  }

  async expectNotFound() {
    await expect(this.notFound).toBeVisible(screenLoad);
    await expect(this.backToCustomers).toBeVisible();
  }
}
