import { expect, test } from '../fixtures';
import { createCustomerOverHttp } from '../support/customers-api';
import { accountOf } from '../support/env';
import { signInOverApi, type ApiSession } from '../support/server-sessions';

/**
 * 401 on the server (issue 13): the session is ended server-side while the form has edits
 * (the same session signed out from elsewhere, as a second tab's "Sign out" does). Saving
 * asks to sign in again over the form; afterwards the save is retried with the edits intact.
 * (e2e/failures/expired-session.spec.ts: the same on the mock.)
 */
test.describe('Server: the session ends while editing', { tag: '@server' }, () => {
  test.describe.configure({ timeout: 60_000 });
  // A session of this flow alone: the role's stored one is shared by every other flow.
  test.use({ signedInAs: null });

  const edits = { 'First Name': 'Sigrid', Company: 'Still Here AS' };
  let session: ApiSession;

  test.afterEach(async () => {
    await session?.dispose();
  });

  test('on the profile: sign in over the form and the save goes through', async ({ baseURL, context, customerProfile }) => {
    const admin = accountOf('admin');
    session = await signInOverApi(baseURL!, admin);
    await context.addCookies(await session.cookies());
    const customer = await createCustomerOverHttp(session.api);

    const { profile, signInAgain, shell, page } = customerProfile;
    await customerProfile.open(customer.id, 'Profile');
    await profile.fillAll(edits);
    await session.end();

    const refused = page.waitForResponse((r) => r.request().method() === 'PATCH' && r.status() === 401);
    await profile.saveExpectingFailure();
    await refused;
    await signInAgain.expectShown();
    await shell.expectNotification('Not saved yet');
    await expect(page).toHaveURL(new RegExp(`/customers/${customer.id}/profile$`));
    await expect(signInAgain.email).toHaveValue(session.user.email);
    await profile.expectValues(edits);

    const retried = page.waitForResponse((r) => r.request().method() === 'PATCH' && r.status() === 200);
    await signInAgain.signIn(admin.password);
    expect((await retried).request().postDataJSON()).toEqual({ firstName: 'Sigrid', company: 'Still Here AS' });
    await shell.expectNotification('Profile saved');
    await customerProfile.reload();
    await profile.expectValues(edits);
  });
});
