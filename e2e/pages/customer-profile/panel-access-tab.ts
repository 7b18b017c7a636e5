import type { Locator, Page } from '@playwright/test';
import { SectionTab } from './section-tab';

/** Panel Access: how the customer signs in and until when the account works. */
export class PanelAccessTab extends SectionTab {
  readonly reseller: Locator;
  readonly account: Locator;
  readonly password: Locator;
  readonly pin: Locator;
  readonly email: Locator;
  readonly firstUsed: Locator;
  readonly validDays: Locator;
  /** The browser's date field: its value is "YYYY-MM-DD" whatever the display. */
  readonly expiryDate: Locator;
  /** A short fixed list: the browser's select (see `expectChosen`). */
  readonly status: Locator;

  constructor(page: Page) {
    super(page, 'Panel Access');
    this.reseller = this.field('Reseller');
    this.account = this.field('Account');
    this.password = this.field('Password');
    this.pin = this.field('Pin');
    this.email = this.field('Email');
    this.firstUsed = this.field('First Used');
    this.validDays = this.field('Account Valid Days');
    this.expiryDate = this.field('Expiry Date');
    this.status = this.field('Status');
  }

  async setPin(pin: string) {
    await this.fill('Pin', pin);
  }

  async setEmail(email: string) {
    await this.fill('Email', email);
  }

  async setValidDays(days: number) {
    await this.fill('Account Valid Days', String(days));
  }

  /** Types the date into the browser's date field, as "2027-01-31". */
  async setExpiryDate(date: string) {
    await this.fill('Expiry Date', date);
  }

  async setStatus(status: 'active' | 'inactive') {
    await this.select('Status', status === 'active' ? 'Active' : 'Inactive');
  }
}
