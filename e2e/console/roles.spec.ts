import { expect, test } from '../fixtures';
import type { Role } from '../support/env';

/**
 * Roles (issue 3, "Roles"): the backend scopes customers by reseller and the UI shows the
 * Reseller field to admins only. Counts and ids come from the mock seed (mocks/seed.ts): of
 * every ten ids, id % 10 < 4 belong to the carrier, 4–6 to Northwind, 7–9 to Contoso.
 */
test.describe('Console: what each role sees', { tag: '@mock' }, () => {
  // Up to three screens each (list, profile, create form), and axe twice: room for busy machines.
  test.describe.configure({ timeout: 60_000 });

  test('the admin sees every customer and chooses a reseller on create', async ({ customerList, createCustomerPage }) => {
    await customerList.open();
    await customerList.expectTotal(240);

    await createCustomerPage.open();
    const { reseller } = createCustomerPage.panelAccess;
    await expect(reseller).toHaveValue('');
    await createCustomerPage.panelAccess.choose('Reseller', 'Contoso Voice');
    await expect(reseller).toHaveValue('Contoso Voice');
  });

  test('the admin sees the Reseller of a customer, read-only', async ({ customerProfile }) => {
    // Customer 5 is Northwind's.
    await customerProfile.open(5, 'Panel Access');
    await expect(customerProfile.panelAccess.reseller).toHaveValue('Northwind Telecom');
    await expect(customerProfile.panelAccess.reseller).not.toBeEditable();
  });

  const resellers: Array<{ role: Role; name: string; owns: (id: number) => boolean; foreignId: number }> = [
    { role: 'northwind', name: 'Nora Lind', owns: (id) => id % 10 >= 4 && id % 10 <= 6, foreignId: 7 },
    { role: 'contoso', name: 'Colin Park', owns: (id) => id % 10 >= 7, foreignId: 4 },
  ];

  for (const { role, name, owns, foreignId } of resellers) {
    test.describe(`as ${role}`, () => {
      test.use({ signedInAs: role });

      test(`${role} sees only their own customers and never the Reseller field`, async ({
        shell,
        customerList,
        customerProfile,
        createCustomerPage,
      }) => {
        await customerList.open();
        await shell.expectSignedInWithRole(name, 'Reseller');
        await customerList.expectTotal(72);
        const ids = await customerList.customerIds();
        expect(ids).toHaveLength(25);
        expect(ids.filter((id) => !owns(id)), 'customers of someone else on the list').toEqual([]);

        const first = await customerList.openFirstRow();
        await customerProfile.expectLoaded('Panel Access');
        await expect(customerProfile.page).toHaveURL(new RegExp(`/customers/${first}/panel-access$`));
        await expect(customerProfile.panelAccess.email).not.toHaveValue('');
        await expect(customerProfile.panelAccess.reseller).toHaveCount(0);

        await createCustomerPage.open();
        await expect(createCustomerPage.panelAccess.reseller).toHaveCount(0);
      });

      test(`${role} gets "Customer not found" for another reseller's customer`, async ({ customerProfile }) => {
        await customerProfile.openPath(`/customers/${foreignId}/profile`);
        await customerProfile.expectNotFound();
        await expect(customerProfile.profile.firstName).toHaveCount(0);
      });
    });
  }
});
