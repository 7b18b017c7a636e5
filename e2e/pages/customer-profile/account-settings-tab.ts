import type { Locator, Page } from '@playwright/test';
import { SectionTab } from './section-tab';

export type AccountSwitch =
  | 'Allow Local Calls'
  | 'Allow Loss Less Routing'
  | 'Allow Recording'
  | 'Allow IP Management'
  | 'Notifications'
  | 'Payment Gateway Permission';

/** Account Settings: call limits, local calls and what the customer is allowed to do. */
export class AccountSettingsTab extends SectionTab {
  readonly concurrentCalls: Locator;
  readonly cps: Locator;
  readonly localization: Locator;
  readonly localCallCharge: Locator;

  constructor(page: Page) {
    super(page, 'Account Settings');
    this.concurrentCalls = this.field('Concurrent Calls');
    this.cps = this.field('CPS');
    this.localization = this.field('Localization');
    this.localCallCharge = this.field('LC Charge / Min');
  }

  /** 0 means unlimited; text is typed as it is ("1.5", "-3"), for the form to judge. */
  async setConcurrentCalls(calls: number | string) {
    await this.fill('Concurrent Calls', String(calls));
  }

  async setCps(cps: number) {
    await this.fill('CPS', String(cps));
  }

  async setLocalCallCharge(amount: string) {
    await this.fill('LC Charge / Min', amount);
  }

  async setLocalization(name: string) {
    await this.choose('Localization', name);
  }

  async allow(setting: AccountSwitch, on = true) {
    await this.setSwitch(setting, on);
  }
}
