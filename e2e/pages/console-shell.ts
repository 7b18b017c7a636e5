import { expect, type Locator, type Page } from '@playwright/test';
import { screenLoad } from '../support/timeouts';

/** The frame around every signed-in screen: navigation, colour scheme, account menu, notices. */
export class ConsoleShell {
  readonly navigation: Locator;
  readonly customersLink: Locator;
  readonly newCustomerLink: Locator;
  /** The brand's logo in the header, a link home named "<brand> home". */
  readonly homeLink: Locator;

  constructor(readonly page: Page) {
    this.navigation = page.getByRole('navigation', { name: 'Main' });
    this.customersLink = this.navigation.getByRole('link', { name: 'Customers', exact: true });
    this.newCustomerLink = this.navigation.getByRole('link', { name: 'New customer', exact: true });
    this.homeLink = page.getByRole('banner').getByRole('link', { name: / home$/ });
  }

  /** The header shows this brand: its logo (alt text = brand name) links home. */
  async expectBrand(name: string) {
    await expect(this.page.getByRole('banner').getByRole('link', { name: `${name} home`, exact: true })).toBeVisible(screenLoad);
    await expect(this.homeLink.getByRole('img', { name, exact: true })).toBeVisible();
  }

  accountMenu(name?: string): Locator {
    return this.page.getByRole('button', { name: name ? `Account menu: ${name}` : /^Account menu:/ });
  }

  /** Signed in (as this user, when a name is given). */
  async expectSignedInAs(name?: string) {
    await expect(this.accountMenu(name)).toBeVisible(screenLoad);
  }

  /** Signed in as this user with this role, as the account menu's button says. */
  async expectSignedInWithRole(name: string, role: 'Carrier admin' | 'Reseller') {
    await expect(this.page.getByRole('button', { name: `Account menu: ${name}, ${role}`, exact: true })).toBeVisible(screenLoad);
  }

  /** The account menu's "Sign out" item (shown while the menu is open). */
  get signOutItem(): Locator {
    return this.page.getByRole('menu').getByRole('menuitem', { name: 'Sign out', exact: true });
  }

  /** One click on the account button opens its menu. */
  async openAccountMenu() {
    await this.accountMenu().click();
    await expect(this.accountMenu()).toHaveAttribute('aria-expanded', 'true');
    await expect(this.signOutItem).toBeVisible();
  }

  async signOut() {
    await this.openAccountMenu();
    await this.signOutItem.click();
    await expect(this.page).toHaveURL(/\/login/);
  }

  /** Switches with the header toggle, as an operator would. */
  async useColorScheme(scheme: 'light' | 'dark') {
    const other = scheme === 'dark' ? 'light' : 'dark';
    const toggle = this.page.getByRole('button', { name: `Switch to ${scheme} mode` });
    if (await toggle.isVisible()) await toggle.click();
    await expect(this.page.getByRole('button', { name: `Switch to ${other} mode` })).toBeVisible();
    await expect(this.page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
  }

  /** A notice (toast) with this title, e.g. "Profile saved". */
  notification(title: string | RegExp): Locator {
    return this.page.getByRole('alert').filter({ hasText: title });
  }

  async expectNotification(title: string | RegExp) {
    await expect(this.notification(title).first()).toBeVisible();
  }
}
