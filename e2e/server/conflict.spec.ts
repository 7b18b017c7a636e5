import { expect, test } from '../fixtures';
import { astppSeedAccounts } from '../support/env';
import { signInOverApi, type ApiSession } from '../support/server-sessions';

/**
 * 412 on the server (issue 13): another admin, signed in on their own, saves the customer
 * while the form has edits; our save is refused with 412 and the dialog compares field by
 * field, and keeping mine saves over their version. Nothing is overwritten silently. The
 * dialog's other ways on are the console's own logic: e2e/failures/conflict.spec.ts, on the
 * mock.
 */
test.describe('Server: someone else saved first (412)', { tag: '@server' }, () => {
  test.describe.configure({ timeout: 60_000 });

  const mine = { 'First Name': 'Marit', Company: 'My Fibre AS' };
  const theirs = { company: 'Their Telecom Ltd', city: 'Oslo' };
  let operator: ApiSession;
  /** The ETag their save answered (a hash of the row on the server, not a counter). */
  let theirEtag: string;

  test.beforeEach(async ({ baseURL, customerProfile, freshCustomer }) => {
    operator = await signInOverApi(baseURL!, astppSeedAccounts.operator);
    const { profile, conflictDialog } = customerProfile;
    await customerProfile.open(freshCustomer.id, 'Profile');
    await profile.fillAll(mine);
    const saved = await operator.edit(freshCustomer.id, theirs);
    expect(saved.etag).not.toBe(freshCustomer.etag);
    theirEtag = saved.etag;

    await profile.saveExpectingFailure();
    await conflictDialog.expectShown();
    await conflictDialog.expectFields(['First Name', 'Company', 'City']);
    await conflictDialog.expectRow('First Name', { before: freshCustomer.firstName, theirs: 'unchanged', mine: 'Marit' });
    await conflictDialog.expectRow('Company', { before: freshCustomer.company, theirs: 'Their Telecom Ltd', mine: 'My Fibre AS' });
    await conflictDialog.expectRow('City', { before: freshCustomer.city, theirs: 'Oslo', mine: 'unchanged' });
    await profile.expectValues(mine);
  });

  test.afterEach(async () => {
    await operator?.dispose();
  });

  test('Keep mine and save saves my fields over theirs, keeps their other change, and both are in the database', async ({
    customerProfile,
    freshCustomer,
  }) => {
    const { profile, conflictDialog, shell } = customerProfile;
    const saved = await conflictDialog.keepMineAndSave();
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual({ firstName: 'Marit', company: 'My Fibre AS' });
    expect(saved.ifMatch).toBe(theirEtag);
    await shell.expectNotification('Profile saved');

    await customerProfile.reload();
    await profile.expectValues({ ...mine, City: 'Oslo' });
    await customerProfile.expectHeader({ name: `Marit ${freshCustomer.lastName}`, company: 'My Fibre AS' });
  });
});
