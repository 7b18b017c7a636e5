import { expect, type Locator, type Page } from '@playwright/test';

/**
 * "Your session has ended": signing in again over whatever is on screen, so nothing typed
 * is lost; a save refused with 401 is retried afterwards.
 */
export class SignInAgainDialog {
  readonly dialog: Locator;
  readonly email: Locator;
  readonly password: Locator;
  readonly signInButton: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Your session has ended' });
    this.email = this.dialog.getByLabel('Email or account number', { exact: true });
    this.password = this.dialog.getByLabel('Password', { exact: true });
    this.signInButton = this.dialog.getByRole('button', { name: 'Sign in and continue', exact: true });
  }

  async expectShown() {
    await expect(this.dialog).toBeVisible();
  }

  /** Signs in with the email shown (the user's own, filled in) unless another is given. */
  async signIn(password: string, email?: string) {
    if (email !== undefined) await this.email.fill(email);
    await this.password.fill(password);
    await this.signInButton.click();
    await expect(this.dialog).toBeHidden();
  }
}
