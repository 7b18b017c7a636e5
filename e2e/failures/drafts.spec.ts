import { expect, test } from '../fixtures';

/**
 * Drafts (issue 4): unsaved edits are kept per customer as you type; reopening the customer
 * offers them back, showing what would come back; a successful save clears them.
 */
test.describe('Failures: unsaved edits survive a reload', () => {
  // A fresh customer, the profile and two reloads: room for busy machines.
  test.describe.configure({ timeout: 60_000 });

  const edits = { Company: 'Draft & Daughters AS', City: 'Tromsø' };
  const offered = ['Profile · Company: Draft & Daughters AS', 'Profile · City: Tromsø'];

  test('Restore brings the edits back, and saving them clears the draft', async ({ customerProfile, freshCustomer }) => {
    const { profile, draftOffer } = customerProfile;
    await customerProfile.open(freshCustomer.id, 'Profile');
    await profile.fillAll(edits);
    await customerProfile.expectEditsKept(freshCustomer.id, Object.values(edits));

    await customerProfile.reloadLeavingEdits();
    await draftOffer.expectOffered(offered);
    await profile.expectValues({ Company: freshCustomer.company, City: freshCustomer.city });

    await draftOffer.restore();
    await profile.expectValues(edits);
    await customerProfile.expectTabUnsaved('Profile');
    expect((await profile.save()).body).toEqual({ company: 'Draft & Daughters AS', city: 'Tromsø' });

    await customerProfile.reload();
    await expect(profile.company).toHaveValue(edits.Company);
    await draftOffer.expectNotOffered();
  });

  test('Discard drops the edits for good', async ({ customerProfile, freshCustomer }) => {
    const { profile, draftOffer } = customerProfile;
    await customerProfile.open(freshCustomer.id, 'Profile');
    await profile.fillAll(edits);
    await customerProfile.expectEditsKept(freshCustomer.id, Object.values(edits));

    await customerProfile.reloadLeavingEdits();
    await draftOffer.expectOffered(offered);
    await draftOffer.discard();
    await profile.expectValues({ Company: freshCustomer.company, City: freshCustomer.city });
    await customerProfile.expectTabUnsaved('Profile', false);

    await customerProfile.reload();
    await draftOffer.expectNotOffered();
  });
});
