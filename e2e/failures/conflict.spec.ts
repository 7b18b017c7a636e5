import { expect, test } from '../fixtures';
import { readEtag } from '../support/customers-api';

/**
 * 412, someone else saved first (issue 4): the dialog compares field by field, and each way
 * on works. Nothing is overwritten silently.
 */
test.describe('Failures: someone else saved first (412)', { tag: '@mock' }, () => {
  test.describe.configure({ timeout: 60_000 });

  const mine = { 'First Name': 'Marit', Company: 'My Fibre AS' };
  const theirs = { company: 'Their Telecom Ltd', city: 'Oslo' };
  /** The ETag their save left: what every way on builds on. */
  let theirEtag: string;

  test.beforeEach(async ({ customerProfile, freshCustomer, mockBackend }) => {
    const { profile, conflictDialog } = customerProfile;
    await customerProfile.open(freshCustomer.id, 'Profile');
    await profile.fillAll(mine);
    await mockBackend.concurrentEdit(freshCustomer.id, theirs);
    theirEtag = await readEtag(customerProfile.page, freshCustomer.id);
    expect(theirEtag).not.toBe(freshCustomer.etag);

    await profile.saveExpectingFailure();
    await conflictDialog.expectShown();
    await conflictDialog.expectFields(['First Name', 'Company', 'City']);
    await conflictDialog.expectRow('First Name', { before: freshCustomer.firstName, theirs: 'unchanged', mine: 'Marit' });
    await conflictDialog.expectRow('Company', { before: freshCustomer.company, theirs: 'Their Telecom Ltd', mine: 'My Fibre AS' });
    await conflictDialog.expectRow('City', { before: freshCustomer.city, theirs: 'Oslo', mine: 'unchanged' });
    await profile.expectValues(mine);
  });

  test('Keep mine and save saves my fields over theirs and keeps their other changes', async ({
    customerProfile,
    freshCustomer,
  }) => {
    const { profile, conflictDialog, shell } = customerProfile;
    const saved = await conflictDialog.keepMineAndSave();
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual({ firstName: 'Marit', company: 'My Fibre AS' });
    expect(saved.ifMatch).toBe(theirEtag);

    await shell.expectNotification('Profile saved');
    await profile.expectValues({ ...mine, City: 'Oslo' });
    await customerProfile.expectTabUnsaved('Profile', false);
    await customerProfile.expectHeader({ name: `Marit ${freshCustomer.lastName}`, company: 'My Fibre AS' });
  });

  test('Take theirs, discard mine shows their version, and the next save builds on it', async ({
    customerProfile,
    freshCustomer,
  }) => {
    const { profile, conflictDialog, shell } = customerProfile;
    await conflictDialog.takeTheirs();
    await shell.expectNotification('Their changes are shown');
    await profile.expectValues({ 'First Name': freshCustomer.firstName, Company: 'Their Telecom Ltd', City: 'Oslo' });
    await customerProfile.expectTabUnsaved('Profile', false);

    await profile.fill('Zip Code', '0150');
    const saved = await profile.save();
    expect(saved.body).toEqual({ zipCode: '0150' });
    expect(saved.ifMatch).toBe(theirEtag);
  });

  test('Back to editing keeps my edits, shows their other changes, and the next save builds on their version', async ({
    customerProfile,
  }) => {
    const { profile, conflictDialog, shell } = customerProfile;
    await conflictDialog.backToEditing();
    await profile.expectValues({ ...mine, City: 'Oslo' });
    await customerProfile.expectTabUnsaved('Profile');

    await profile.fill('Zip Code', '0150');
    const saved = await profile.save();
    expect(saved.body).toEqual({ firstName: 'Marit', company: 'My Fibre AS', zipCode: '0150' });
    expect(saved.ifMatch).toBe(theirEtag);
    await shell.expectNotification('Profile saved');
    await profile.expectValues({ ...mine, City: 'Oslo', 'Zip Code': '0150' });
  });
});
