import { test } from '../fixtures';
import { sectionNames } from '../pages/customer-profile/sections';
import { expectNoAxeViolations } from '../support/axe';
import { existingCustomerId } from '../support/env';

test.describe('Customer Profile: accessibility', () => {
  for (const name of sectionNames) {
    test(`axe finds nothing on ${name}, light and dark`, { tag: name === 'Panel Access' ? '@smoke' : [] }, async ({
      customerProfile,
    }) => {
      await customerProfile.open(existingCustomerId, name);
      await expectNoAxeViolations(customerProfile.page, { label: `${name}, light` });

      await customerProfile.shell.useColorScheme('dark');
      await expectNoAxeViolations(customerProfile.page, { label: `${name}, dark` });
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
  await expectNoAxeViolations(customerProfile.page, { label: 'Billing Settings with an error, dark' });
});
