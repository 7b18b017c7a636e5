import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aCustomer } from '../../../test/customer-fixture';
import type { Customer } from '../customer-schema';
import { ProfileHeader } from './profile-header';

function renderHeader(customer: Partial<Customer>, baseCurrency = 'USD') {
  return render(
    <MantineProvider env="test">
      <ProfileHeader customer={aCustomer(customer)} baseCurrency={baseCurrency} />
    </MantineProvider>,
  );
}

/** A labelled value of the header, as a screen reader finds it: the group its label names. */
const fact = (label: string) => screen.queryByRole('group', { name: label });

/** The amount a labelled value shows, as written ("USD 1,234.50", a no-break space after the code). */
const amountOf = (label: string) => fact(label)?.textContent?.slice(label.length);

describe('the profile header’s money, as ASTPP means its balance', () => {
  it('shows a prepaid customer the balance left, in the base currency, and no credit', () => {
    renderHeader({ accountType: 'prepaid', creditLimit: null, balance: '120.50000', currency: 'EUR' });
    expect(amountOf('Balance left')).toBe('USD\u00a0120.50');
    expect(fact('Used')).not.toBeInTheDocument();
    expect(fact('Available credit')).not.toBeInTheDocument();
    expect(fact('Account type')).toHaveTextContent('Prepaid');
  });

  it('shows a postpaid customer the amount used and the credit still available (credit limit − used), exactly', () => {
    renderHeader({ accountType: 'postpaid', creditLimit: '999999999999999.99999', balance: '0.00001', currency: 'JPY' });
    expect(amountOf('Used')).toBe('USD\u00a00.00001');
    expect(amountOf('Available credit')).toBe('USD\u00a0999,999,999,999,999.99998');
    expect(fact('Balance left')).not.toBeInTheDocument();
  });

  it('labels amounts with the base currency’s code, whatever the customer’s own currency', () => {
    renderHeader({ accountType: 'postpaid', creditLimit: '5000.00000', balance: '1234.50000', currency: 'USD' }, 'EUR');
    expect(amountOf('Used')).toBe('EUR\u00a01,234.50');
    expect(amountOf('Available credit')).toBe('EUR\u00a03,765.50');
  });

  it('shows credit overdrawn past the limit as a negative amount available, and money paid ahead as negative use', () => {
    const { unmount } = renderHeader({ accountType: 'postpaid', creditLimit: '100.00000', balance: '150.25000' });
    expect(amountOf('Available credit')).toBe('−USD\u00a050.25');
    unmount();
    renderHeader({ accountType: 'postpaid', creditLimit: '100.00000', balance: '-12.50000' });
    expect(amountOf('Used')).toBe('−USD\u00a012.50');
    expect(amountOf('Available credit')).toBe('USD\u00a0112.50');
  });

  it('shows a prepaid balance below zero as money owed', () => {
    renderHeader({ accountType: 'prepaid', creditLimit: null, balance: '-3.10000' });
    expect(amountOf('Balance left')).toBe('−USD\u00a03.10');
  });
});
