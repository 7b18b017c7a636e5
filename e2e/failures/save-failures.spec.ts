import { expect, test } from '../fixtures';
import type { Fault } from '../support/mock-backend';

/**
 * Every way a save can fail keeps what was typed and says what happened (issue 4, "Every
 * failure keeps the input"); once the cause is gone, Save succeeds with the same edits.
 */

const edits = { 'First Name': 'Ingrid', 'Last Name': 'Halvorsen', Company: 'Fjord Fibre AS', City: 'Bergen' };
const sent = { firstName: 'Ingrid', lastName: 'Halvorsen', company: 'Fjord Fibre AS', city: 'Bergen' };

const kept = 'Your changes are still here.';
const failures: Array<{ what: string; fault: Fault; message: string | RegExp }> = [
  {
    what: 'the server answers 500',
    fault: { kind: 'status', status: 500 },
    message: `The server had a problem and nothing was saved. Try again in a moment. ${kept}`,
  },
  {
    what: 'the server answers 503',
    fault: { kind: 'status', status: 503 },
    message: `The server had a problem and nothing was saved. Try again in a moment. ${kept}`,
  },
  {
    what: 'the network is down',
    fault: { kind: 'offline' },
    message: `The server could not be reached. Check your connection; nothing was lost. ${kept}`,
  },
  {
    // The server's own explanation is shown (here the fault switch's), then the reassurance.
    what: 'the server refuses with 403',
    fault: { kind: 'status', status: 403 },
    message: new RegExp(`^Injected by the fault switch\\.? ${kept}$`),
  },
  {
    what: 'the answer is not JSON',
    fault: { kind: 'malformed' },
    message: `The server sent an answer this console does not understand. Nothing was lost; try again or contact support. ${kept}`,
  },
  {
    what: 'the answer fails the schema',
    fault: { kind: 'invalid-body' },
    message: `The server sent an answer this console does not understand. Nothing was lost; try again or contact support. ${kept}`,
  },
];

test.describe('Failures: saving the profile', { tag: '@mock' }, () => {
  // A fresh customer and the profile: two page loads each.
  test.describe.configure({ timeout: 60_000 });

  // One page load for all six: the same edits meet each failure in turn, and each notice
  // says what happened before it is closed; then the cause is gone and Save succeeds.
  test('whatever the failure, the edits stay, the notice says what happened, and Save works once it is fixed', { tag: '@smoke' }, async ({
    customerProfile,
    freshCustomer,
    mockBackend,
  }) => {
    test.setTimeout(90_000);
    const { profile, shell } = customerProfile;
    await customerProfile.open(freshCustomer.id, 'Profile');
    await profile.fillAll(edits);
    for (const { what, fault, message } of failures) {
      await test.step(`when ${what}`, async () => {
        await mockBackend.fail({ ...fault, method: 'PATCH', path: `/customers/${freshCustomer.id}` });
        expect(await profile.saveExpectingFailure()).toEqual(sent);
        const notice = shell.notification('Not saved').filter({ has: customerProfile.page.getByText(message) });
        await expect(notice).toBeVisible();
        await profile.expectValues(edits);
        await customerProfile.expectTabUnsaved('Profile');
        await notice.getByRole('button', { name: 'Close notice' }).click();
        await expect(notice).toHaveCount(0);
      });
    }

    const saved = await profile.save();
    expect(saved.body).toEqual(sent);
    await customerProfile.expectHeader({ name: 'Ingrid Halvorsen', company: 'Fjord Fibre AS' });
  });

  test('when the request hangs, the console gives up in time, keeps the edits and saves afterwards', async ({
    customerProfile,
    freshCustomer,
    mockBackend,
  }) => {
    const { profile, shell } = customerProfile;
    // Short enough to wait for, long enough for every other answer on a busy machine.
    await mockBackend.giveUpAfter(6_000);
    await customerProfile.open(freshCustomer.id, 'Profile');
    await profile.fillAll(edits);
    await mockBackend.fail({ kind: 'hang', method: 'PATCH', path: `/customers/${freshCustomer.id}` });

    await profile.saveExpectingFailure();
    await expect(profile.saveButton).toBeDisabled();
    await expect(shell.notification('Not saved').getByText(`The server took too long to answer. Nothing was lost; try again. ${kept}`)).toBeVisible({
      timeout: 15_000,
    });
    await profile.expectValues(edits);
    await expect(profile.saveButton).toBeEnabled();

    expect((await profile.save()).body).toEqual(sent);
  });

  test('when the customer was deleted meanwhile, the edits stay on screen and the notice says so', async ({
    customerProfile,
    freshCustomer,
    mockBackend,
  }) => {
    const { profile, shell } = customerProfile;
    await customerProfile.open(freshCustomer.id, 'Profile');
    await profile.fillAll(edits);
    const deleted = await mockBackend.deleteCustomer(freshCustomer.id);

    await profile.saveExpectingFailure();
    const notice = shell.notification('Not saved: the customer is gone');
    await expect(notice).toContainText(
      'This customer was deleted or moved out of your reach while you were editing. Your changes are still on screen; copy what you need.',
    );
    await profile.expectValues(edits);
    await customerProfile.expectTabUnsaved('Profile');

    // Put back (say, by the colleague who deleted it by mistake), the same edits save.
    await mockBackend.restoreCustomer(deleted);
    expect((await profile.save()).body).toEqual(sent);
  });
});

test.describe('Failures: creating a customer', { tag: '@mock' }, () => {
  test.describe.configure({ timeout: 60_000 });

  test('when the server answers 503, everything entered stays and Create works once it is back', async ({
    createCustomerPage,
    mockBackend,
  }) => {
    const { panelAccess, profile, billing, shell } = createCustomerPage;
    const details = {
      email: `create.503.${Date.now().toString(36)}@example.com`,
      firstName: 'Astrid',
      lastName: 'Retry',
      company: 'Second Try AS',
      country: 'Norway',
      rateGroup: 'Premium Routes',
    };
    await createCustomerPage.open();
    await createCustomerPage.enterCustomer(details);
    await mockBackend.fail({ kind: 'status', status: 503, method: 'POST', path: '/customers' });

    expect((await createCustomerPage.submit()).status).toBe(503);
    await expect(
      shell.notification('Not created').getByText(
        'The server had a problem and nothing was saved. Try again in a moment. Everything you entered is still here.',
      ),
    ).toBeVisible();
    await createCustomerPage.expectActiveTab('Panel Access');
    await expect(panelAccess.email).toHaveValue(details.email);
    await createCustomerPage.openTab('Profile');
    await profile.expectValues({ 'First Name': details.firstName, 'Last Name': details.lastName, Company: details.company, Country: details.country });
    await createCustomerPage.openTab('Billing Settings');
    await expect(billing.rateGroup).toHaveValue(details.rateGroup);

    const customer = await createCustomerPage.create();
    expect(customer).toMatchObject({ email: details.email, firstName: details.firstName, company: details.company, countryId: 'NO' });
  });
});
