import { test } from '../fixtures';
import { sectionNames } from '../pages/customer-profile/sections';
import { expectNoAxeViolations } from '../support/axe';
import { existingCustomerId } from '../support/env';

// axe is CPU-bound: on a machine twice as slow as ours, four scans take most of a minute.
test.describe.configure({ timeout: 90_000 });

test.describe('Customer Profile: accessibility', () => {
  // One page load for the four sections in each scheme: each scan sees the header, the tabs
  // and the panel shown (axe leaves the hidden panels out, e2e/support/axe.ts).
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds nothing on any section, ${scheme}`, { tag: scheme === 'light' ? '@smoke' : [] }, async ({ customerProfile }) => {
      await customerProfile.open(existingCustomerId(), sectionNames[0]);
      // Dark differs from light in its colours alone: the same elements, names and roles.
      if (scheme === 'dark') await customerProfile.shell.useColorScheme('dark');
      for (const name of sectionNames) {
        await customerProfile.goToTab(name);
        await expectNoAxeViolations(customerProfile.page, { label: `${name}, ${scheme}`, coloursOnly: scheme === 'dark' });
      }
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
