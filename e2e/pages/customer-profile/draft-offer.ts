import { expect, type Locator, type Page } from '@playwright/test';

/**
 * "You have unsaved changes from earlier": edits kept from an earlier visit to a customer
 * (or the new-customer form), one line per field ("Profile · Company: Fjord Fibre AS").
 */
export class DraftOffer {
  readonly region: Locator;
  readonly items: Locator;
  readonly restoreButton: Locator;
  readonly discardButton: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Unsaved changes from earlier' });
    this.items = this.region.getByRole('listitem');
    this.restoreButton = this.region.getByRole('button', { name: 'Restore my changes', exact: true });
    this.discardButton = this.region.getByRole('button', { name: 'Discard them', exact: true });
  }

  /** Offered, listing exactly these edits ("Profile · Company: Fjord Fibre AS"). */
  async expectOffered(items: string[]) {
    await expect(this.region).toBeVisible();
    await expect(this.region).toContainText('You have unsaved changes from earlier');
    await expect(this.items).toHaveText(items);
  }

  async expectNotOffered() {
    await expect(this.region).toHaveCount(0);
  }

  async restore() {
    await this.restoreButton.click();
    await expect(this.region).toHaveCount(0);
  }

  async discard() {
    await this.discardButton.click();
    await expect(this.region).toHaveCount(0);
  }
}
