import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/render';

const tab = (name: string) => screen.getByRole('tab', { name: new RegExp(`^${name}`) });
const optionsOf = (listbox: HTMLElement) => within(listbox).getAllByRole('option').map((o) => o.textContent);

// The mock seed's lists: the carrier's rate groups, localizations and taxes, and Northwind's (mocks/seed.ts).
describe('New customer: lists of the chosen Reseller', () => {
  it("offers an admin the carrier's own rate groups before a reseller is chosen", async () => {
    const { user } = renderApp('/customers/new');
    await user.click(await screen.findByRole('tab', { name: /^Billing Settings/ }));
    await user.click(screen.getByRole('combobox', { name: /^Rate Group/ }));
    expect(optionsOf(await screen.findByRole('listbox', { name: /^Rate Group/ }))).toEqual([
      'Standard Retail',
      'Wholesale A-Z',
      'Premium Routes',
      'Mobile Heavy',
    ]);
  });

  it('clears the choices the new reseller does not offer, and says which', { timeout: 45_000 }, async () => {
    const { user } = renderApp('/customers/new');
    await user.click(await screen.findByRole('tab', { name: /^Account Settings/ }));
    await user.click(screen.getByRole('combobox', { name: 'Localization' }));
    await user.click(await screen.findByRole('option', { name: 'Germany (+49)' }));

    await user.click(tab('Billing Settings'));
    const rateGroup = screen.getByRole('combobox', { name: /^Rate Group/ });
    await user.click(rateGroup);
    await user.click(await screen.findByRole('option', { name: 'Premium Routes' }));
    expect(rateGroup).toHaveValue('Premium Routes');
    await user.click(screen.getByRole('combobox', { name: 'Taxes' }));
    await user.click(await screen.findByRole('option', { name: 'VAT 20%' }));

    await user.click(tab('Panel Access'));
    await user.click(screen.getByRole('combobox', { name: 'Reseller' }));
    await user.click(await screen.findByRole('option', { name: 'Northwind Telecom' }));

    // Northwind's lists are read first (in jsdom the deferred render commits slowly: seconds, not ms).
    const notice = await screen.findByRole('alert', { name: 'Some choices were cleared' }, { timeout: 15_000 });
    expect(notice).toHaveTextContent('Cleared Localization, Rate Group, and Taxes: not offered to Northwind Telecom’s customers.');
    await user.click(tab('Billing Settings'));
    expect(rateGroup).toHaveValue('');
    expect(screen.queryByText('VAT 20%')).not.toBeInTheDocument();
    await user.click(rateGroup);
    expect(optionsOf(await screen.findByRole('listbox', { name: /^Rate Group/ }))).toEqual([
      'Northwind Basic',
      'Northwind Plus',
      'Northwind No-CLI',
    ]);
    await user.click(tab('Account Settings'));
    expect(screen.getByRole('combobox', { name: 'Localization' })).toHaveValue('');

    await user.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert', { name: 'Some choices were cleared' })).not.toBeInTheDocument();
  });
});
