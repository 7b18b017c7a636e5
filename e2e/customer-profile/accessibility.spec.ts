import { test } from '../fixtures';
import { sectionNames } from '../pages/customer-profile/sections';
import { expectNoAxeViolations } from '../support/axe';
import { existingCustomerId } from '../support/env';

// axe runs twice on a full screen, and axe is CPU-bound: on a machine twice as slow as ours
// that alone takes most of the default 30 s. The same room as the console's axe flows.
test.describe.configure({ timeout: 60_000 });

test.describe('Customer Profile: accessibility', () => {
  for (const name of sectionNames) {
    test(`axe finds nothing on ${name}, light and dark`, { tag: name === 'Panel Access' ? '@smoke' : [] }, async ({
      customerProfile,
    }) => {
      await customerProfile.open(existingCustomerId(), name);
      await expectNoAxeViolations(customerProfile.page, { label: `${name}, light` });

      await customerProfile.shell.useColorScheme('dark');
      await expectNoAxeViolations(customerProfile.page, { label: `${name}, dark`, coloursOnly: true });
    });
  }
});

test('axe finds nothing with field errors, tab marks and the credit limit showing', async ({ customerProfile, freshCustomer }) => {
  const { billing } = customerProfile;
  await customerProfile.open(freshCustomer.id, 'Billing Settings');
  await billing.setAccountType('postpaid');
  await billing.saveExpectingErrors();
  await customerProfile.expectTabErrors('Billing Settings', 1);
  await expectNoAxeViolations(customerProfile.page, { label: 'Billing Settings with an error, light' });

  await customerProfile.shell.useColorScheme('dark');
  await expectNoAxeViolations(customerProfile.page, { label: 'Billing Settings with an error, dark', coloursOnly: true });
});
