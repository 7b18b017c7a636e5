import { expect, type Locator, type Page } from '@playwright/test';
import { screenLoad } from '../support/timeouts';

export type DemoAccount = 'carrier admin' | 'Northwind Telecom' | 'Contoso Voice';

/** /login: email or account number, and password, or one of the demo accounts the mock build lists. */
export class LoginPage {
  readonly heading: Locator;
  readonly email: Locator;
  readonly password: Locator;
  readonly signInButton: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Sign in', exact: true });
    this.email = page.getByLabel('Email or account number', { exact: true });
    this.password = page.getByLabel('Password', { exact: true });
    this.signInButton = page.getByRole('button', { name: 'Sign in', exact: true });
    this.error = page.getByRole('alert').filter({ hasText: /Wrong email, account number or password|Could not sign in/ });
  }

  /** Opens the sign-in page; `next` is where a successful sign-in leads. */
  async open(next?: string) {
    await this.page.goto(next ? `/login?next=${encodeURIComponent(next)}` : '/login');
    await expect(this.heading).toBeVisible(screenLoad);
  }

  async signIn(email: string, password: string) {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.signInButton.click();
  }

  /** Mock builds only: the "Sign in as …" buttons under the form. */
  async signInAsDemo(account: DemoAccount) {
    await this.page.getByRole('button', { name: `Sign in as ${account}`, exact: true }).click();
  }

  async expectSignedIn() {
    await expect(this.page).not.toHaveURL(/\/login/, screenLoad);
  }

  async expectWrongPassword() {
    await expect(this.error).toContainText('Wrong email, account number or password');
  }

  /** On the sign-in page, waiting to go back to `next` (a path such as /customers/5/profile). */
  async expectShown(next?: string) {
    await expect(this.heading).toBeVisible(screenLoad);
    if (next) await expect(this.page).toHaveURL((url) => url.pathname === '/login' && url.searchParams.get('next') === next);
    else await expect(this.page).toHaveURL(/\/login/);
  }
}
