import { expect, type Locator, type Page, type Request } from '@playwright/test';
import type { SavedPatch } from './section-tab';

const isCustomerPatch = (request: Request) =>
  request.method() === 'PATCH' && /\/customers\/\d+$/.test(new URL(request.url()).pathname);

/** What one row of the comparison shows; "unchanged" where that side changed nothing. */
export interface ConflictRow {
  before: string;
  theirs: string;
  mine: string;
}

/**
 * 412: "Someone else saved this customer". A table, one row per field either side changed
 * (Field, Before, Their value, Your value), and three ways on.
 */
export class ConflictDialog {
  readonly dialog: Locator;
  readonly keepMineButton: Locator;
  readonly takeTheirsButton: Locator;
  readonly backToEditingButton: Locator;
  /** The field names of the rows, top to bottom. */
  readonly fieldNames: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Someone else saved this customer' });
    this.keepMineButton = this.dialog.getByRole('button', { name: 'Keep mine and save', exact: true });
    this.takeTheirsButton = this.dialog.getByRole('button', { name: 'Take theirs, discard mine', exact: true });
    this.backToEditingButton = this.dialog.getByRole('button', { name: 'Back to editing', exact: true });
    this.fieldNames = this.dialog.getByRole('rowheader');
  }

  async expectShown() {
    await expect(this.dialog).toBeVisible();
  }

  /** The row of a field, by the label the form gives it. */
  row(label: string): Locator {
    return this.dialog.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: label, exact: true }) });
  }

  /** Exactly these fields are compared, in form order. */
  async expectFields(labels: string[]) {
    await expect(this.fieldNames).toHaveText(labels);
  }

  async expectRow(label: string, { before, theirs, mine }: ConflictRow) {
    await expect(this.row(label).getByRole('cell')).toHaveText([before, theirs, mine]);
  }

  /** Saves my edits over theirs: one PATCH with the new ETag and only my fields. */
  async keepMineAndSave(): Promise<SavedPatch> {
    const [sent, answer] = await Promise.all([
      this.page.waitForRequest(isCustomerPatch),
      this.page.waitForResponse((r) => isCustomerPatch(r.request())),
      this.keepMineButton.click(),
    ]);
    await expect(this.dialog).toBeHidden();
    return {
      body: (sent.postDataJSON() ?? {}) as Record<string, unknown>,
      ifMatch: await sent.headerValue('if-match'),
      status: answer.status(),
    };
  }

  async takeTheirs() {
    await this.takeTheirsButton.click();
    await expect(this.dialog).toBeHidden();
  }

  async backToEditing() {
    await this.backToEditingButton.click();
    await expect(this.dialog).toBeHidden();
  }
}
