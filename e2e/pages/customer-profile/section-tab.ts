import { expect, type Locator, type Page, type Request } from '@playwright/test';
import { escapeRegExp, fieldLabel, sectionSlugs, tabName, type SectionName } from './sections';

/** What one Save sent and got: the PATCH body, its If-Match and the answer's status. */
export interface SavedPatch {
  body: Record<string, unknown>;
  ifMatch: string | null;
  status: number;
}

const isCustomerPatch = (request: Request) =>
  request.method() === 'PATCH' && /\/customers\/\d+$/.test(new URL(request.url()).pathname);

/**
 * One section of a customer (a tab and its panel). Fields are found by their label inside
 * the panel, the way an operator reads them; the tabs below add the section's own words.
 */
export class SectionTab {
  readonly tab: Locator;
  readonly panel: Locator;
  readonly saveButton: Locator;

  constructor(
    readonly page: Page,
    readonly name: SectionName,
  ) {
    this.tab = page.getByRole('tab', { name: tabName(name) });
    this.panel = page.getByRole('tabpanel', { name: tabName(name) });
    this.saveButton = this.panel.getByRole('button', { name: 'Save', exact: true });
  }

  get slug() {
    return sectionSlugs[this.name];
  }

  /** Clicks the tab; the URL follows. */
  async open() {
    await this.tab.click();
    await this.expectShown();
  }

  /** The tab is selected, its URL shown and its panel visible (after a load: `screenLoad`). */
  async expectShown(options?: { timeout?: number }) {
    await expect(this.tab).toHaveAttribute('aria-selected', 'true', options);
    await expect(this.page).toHaveURL(new RegExp(`/customers/\\d+/${this.slug}$`));
    await expect(this.panel).toBeVisible();
  }

  /** A text box, select or date field, by its label (a required one may add Mantine's "*"). */
  field(label: string): Locator {
    return this.panel.getByLabel(fieldLabel(label));
  }

  /** A Yes/No setting (checked = Yes). */
  switchOf(label: string): Locator {
    return this.panel.getByRole('switch', { name: label, exact: true });
  }

  /** Types a value and leaves the field, as the operator does (money is tidied on blur). */
  async fill(label: string, value: string) {
    const field = this.field(label);
    await field.fill(value);
    await field.blur();
  }

  async clear(label: string) {
    await this.fill(label, '');
  }

  /**
   * Picks an option of a short fixed list (Status, Account Type, CLI Pool, Billing Schedule,
   * Billing Day): the browser's own select, chosen by the option's label.
   */
  async select(label: string, option: string) {
    await this.field(label).selectOption({ label: option });
  }

  /** The option a short fixed list shows as chosen (its text is the label, e.g. "Prepaid"). */
  chosenOption(label: string): Locator {
    return this.field(label).getByRole('option', { selected: true });
  }

  /** A short fixed list shows this option as chosen. */
  async expectChosen(label: string, option: string) {
    await expect(this.chosenOption(label)).toHaveText(option);
  }

  /**
   * Picks an option of a reference list (Mantine's Select: Reseller, Localization, Country,
   * Rate Group…); searchable ones are filtered by typing first.
   */
  async choose(label: string, option: string) {
    const field = this.field(label);
    await field.click();
    if (await field.isEditable()) await field.fill(option);
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  /**
   * Opens a reference list and returns its list of options, after checking the WAI-ARIA combobox
   * pattern: the field says it is expanded and names that list in `aria-controls`.
   */
  async openOptions(label: string): Promise<Locator> {
    const field = this.field(label);
    await field.click();
    const options = this.page.getByRole('listbox', { name: fieldLabel(label) });
    await expect(options).toBeVisible();
    await expect(field).toHaveAttribute('aria-expanded', 'true');
    await expect(field).toHaveAttribute('aria-controls', (await options.getAttribute('id')) ?? 'the listbox has an id');
    return options;
  }

  async setSwitch(label: string, on: boolean) {
    await this.switchOf(label).setChecked(on);
  }

  async expectValue(label: string, value: string | RegExp) {
    await expect(this.field(label)).toHaveValue(value);
  }

  /** The field is marked invalid and its message is announced with it. */
  async expectFieldError(label: string, message: string | RegExp) {
    const field = this.field(label);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(typeof message === 'string' ? new RegExp(escapeRegExp(message)) : message);
  }

  async expectNoFieldError(label: string) {
    await expect(this.field(label)).not.toHaveAttribute('aria-invalid', 'true');
  }

  /**
   * Saves the section and waits for it to be saved: the PATCH answered 2xx, the notice
   * "<Section> saved" shows and the tab is no longer marked unsaved.
   */
  async save(): Promise<SavedPatch> {
    const saved = await this.submit();
    expect(saved.status, `PATCH answered ${saved.status}`).toBeLessThan(300);
    await expect(this.page.getByRole('alert').filter({ hasText: `${this.name} saved` }).first()).toBeVisible();
    await expect(this.tab).toHaveAccessibleName(tabName(this.name, { unsaved: false }));
    return saved;
  }

  /** Clicks Save and returns what went over the wire, whatever the answer. */
  async submit(): Promise<SavedPatch> {
    // A save that never leaves (the form refused it) fails here, not at the test's time-out.
    const [sent, answer] = await Promise.all([
      this.page.waitForRequest(isCustomerPatch, { timeout: 15_000 }),
      this.page.waitForResponse((r) => isCustomerPatch(r.request()), { timeout: 15_000 }),
      this.saveButton.click(),
    ]);
    return {
      body: (sent.postDataJSON() ?? {}) as Record<string, unknown>,
      ifMatch: await sent.headerValue('if-match'),
      status: answer.status(),
    };
  }

  /** Types several values, by label: `{ 'First Name': 'Ingrid', Company: 'Fjord Fibre AS' }`. */
  async fillAll(values: Record<string, string>) {
    for (const [label, value] of Object.entries(values)) await this.fill(label, value);
  }

  /** Every field still shows what was typed. */
  async expectValues(values: Record<string, string>) {
    for (const [label, value] of Object.entries(values)) await this.expectValue(label, value);
  }

  /** Saves with Ctrl+S (Cmd+S on a Mac) from the focused field, and waits as `save()` does. */
  async saveWithShortcut(): Promise<SavedPatch> {
    const saved = await this.submitWith(() => this.page.keyboard.press('ControlOrMeta+s'));
    expect(saved.status, `PATCH answered ${saved.status}`).toBeLessThan(300);
    await expect(this.page.getByRole('alert').filter({ hasText: `${this.name} saved` }).first()).toBeVisible();
    await expect(this.tab).toHaveAccessibleName(tabName(this.name, { unsaved: false }));
    return saved;
  }

  /** Like `submit()`, with another way of saving (a shortcut, a double click). */
  async submitWith(trigger: () => Promise<void>): Promise<SavedPatch> {
    const [sent, answer] = await Promise.all([
      this.page.waitForRequest(isCustomerPatch, { timeout: 15_000 }),
      this.page.waitForResponse((r) => isCustomerPatch(r.request()), { timeout: 15_000 }),
      trigger(),
    ]);
    return {
      body: (sent.postDataJSON() ?? {}) as Record<string, unknown>,
      ifMatch: await sent.headerValue('if-match'),
      status: answer.status(),
    };
  }

  /**
   * Clicks Save when the save should fail (a fault, a lost network, a hang): waits for the
   * PATCH to leave, not for an answer that may never come, and returns what was sent.
   */
  async saveExpectingFailure(): Promise<Record<string, unknown>> {
    const [sent] = await Promise.all([this.page.waitForRequest(isCustomerPatch, { timeout: 15_000 }), this.saveButton.click()]);
    return (sent.postDataJSON() ?? {}) as Record<string, unknown>;
  }

  /** Clicks Save when the form itself should refuse (client-side errors): no PATCH leaves. */
  async saveExpectingErrors() {
    let patched = false;
    const listener = (request: Request) => {
      if (isCustomerPatch(request)) patched = true;
    };
    this.page.on('request', listener);
    try {
      await this.saveButton.click();
      await expect(this.tab).toHaveAccessibleName(/, \d+ errors?(,|$)/);
    } finally {
      this.page.off('request', listener);
    }
    expect(patched, 'an invalid section must not be sent').toBe(false);
  }
}
