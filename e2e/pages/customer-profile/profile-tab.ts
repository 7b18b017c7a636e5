import type { Locator, Page } from '@playwright/test';
import { SectionTab } from './section-tab';

/** Profile: who the customer is and where, and the currency amounts are shown in. */
export class ProfileTab extends SectionTab {
  readonly firstName: Locator;
  readonly lastName: Locator;
  readonly company: Locator;
  readonly phone: Locator;
  readonly notificationEmail: Locator;
  readonly address1: Locator;
  readonly address2: Locator;
  readonly city: Locator;
  readonly province: Locator;
  readonly zipCode: Locator;
  readonly country: Locator;
  readonly timezone: Locator;
  readonly currency: Locator;

  constructor(page: Page) {
    super(page, 'Profile');
    this.firstName = this.field('First Name');
    this.lastName = this.field('Last Name');
    this.company = this.field('Company');
    this.phone = this.field('Phone');
    this.notificationEmail = this.field('Notification Email');
    this.address1 = this.field('Address 1');
    this.address2 = this.field('Address 2');
    this.city = this.field('City');
    this.province = this.field('Province');
    this.zipCode = this.field('Zip Code');
    this.country = this.field('Country');
    this.timezone = this.field('Timezone');
    this.currency = this.field('Currency');
  }

  async setFirstName(name: string) {
    await this.fill('First Name', name);
  }

  async setLastName(name: string) {
    await this.fill('Last Name', name);
  }

  async setCompany(company: string) {
    await this.fill('Company', company);
  }

  async setCity(city: string) {
    await this.fill('City', city);
  }

  /** By the country's name as listed, e.g. "Norway". */
  async setCountry(name: string) {
    await this.choose('Country', name);
  }
}
