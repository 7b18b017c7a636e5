import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { readState, writeState } from '../../../../mocks/db';
import { formatMoney } from '../../../shared/format/money';
import { renderApp } from '../../../test/render';

const tab = (name: RegExp) => screen.getByRole('tab', { name });

describe('Customer Profile: the account type', () => {
  // A customer whose balance is 0: only then may the account type change.
  const settledPrepaid = () => readState().customers.find((c) => c.accountType === 'prepaid' && c.resellerId === null && c.balance === '0.00000')!;

  it('asks before changing the account type and shows the credit limit for postpaid only', async () => {
    const prepaid = settledPrepaid();
    const { user } = renderApp(`/customers/${prepaid.id}/billing-settings`);
    await screen.findByRole('combobox', { name: /^Rate Group/ });
    expect(screen.queryByLabelText(/^Credit Limit/)).not.toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: /^Account Type/ }), 'Postpaid');
    const dialog = await screen.findByRole('dialog', { name: 'Change the account type?' });
    await user.click(within(dialog).getByRole('button', { name: 'Change account type' }));

    expect(await screen.findByLabelText(/^Credit Limit/)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: /^Account Type/ })).toHaveDisplayValue('Postpaid');
  });

  it('keeps the account type when the change is not confirmed', async () => {
    const prepaid = settledPrepaid();
    const { user } = renderApp(`/customers/${prepaid.id}/billing-settings`);
    const accountType = await screen.findByRole('combobox', { name: /^Account Type/ });
    await user.selectOptions(accountType, 'Postpaid');
    const dialog = await screen.findByRole('dialog', { name: 'Change the account type?' });
    await user.click(within(dialog).getByRole('button', { name: 'Keep prepaid' }));
    expect(accountType).toHaveDisplayValue('Prepaid');
    expect(screen.queryByLabelText(/^Credit Limit/)).not.toBeInTheDocument();
  });

  it('refuses to change the account type while the balance is not 0: the field is read-only and says why', async () => {
    const postpaid = readState().customers.find((c) => c.accountType === 'postpaid' && c.resellerId === null && c.balance !== '0.00000')!;
    renderApp(`/customers/${postpaid.id}/billing-settings`);
    await screen.findByRole('combobox', { name: /^Rate Group/ });

    expect(screen.queryByRole('combobox', { name: /^Account Type/ })).not.toBeInTheDocument();
    const accountType = screen.getByRole('textbox', { name: 'Account Type' });
    expect(accountType).toHaveValue('Postpaid');
    expect(accountType).toHaveAttribute('readonly');
    const balance = formatMoney(postpaid.balance, readState().settings.baseCurrency);
    expect(accountType).toHaveAccessibleDescription(
      `The balance must be settled to 0 before the account type can change. It is ${balance}, the money used on this postpaid account.`,
    );
    // The credit limit still applies and can be edited.
    expect(screen.getByLabelText(/^Credit Limit/)).not.toHaveAttribute('readonly');
  });

  it('puts the server’s refusal on Account Type when the balance moved off 0 since the profile was read', async () => {
    const prepaid = settledPrepaid();
    const { user } = renderApp(`/customers/${prepaid.id}/billing-settings`);
    await screen.findByRole('combobox', { name: /^Rate Group/ });
    // The switch bills a call meanwhile.
    const state = readState();
    writeState({ ...state, customers: state.customers.map((c) => (c.id === prepaid.id ? { ...c, balance: '3.20000' } : c)) });

    await user.selectOptions(screen.getByRole('combobox', { name: /^Account Type/ }), 'Postpaid');
    await user.click(within(await screen.findByRole('dialog', { name: 'Change the account type?' })).getByRole('button', { name: 'Change account type' }));
    await user.type(await screen.findByLabelText(/^Credit Limit/), '500');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const accountType = screen.getByRole('combobox', { name: /^Account Type/ });
    await waitFor(() => expect(accountType).toHaveAttribute('aria-invalid', 'true'));
    expect(accountType).toHaveAccessibleDescription(
      /The balance must be settled to 0 before the account type can change\. It is USD\u00a03\.20, the money left on this prepaid account\./,
    );
    expect(tab(/^Billing Settings, 1 error, unsaved changes$/)).toBeInTheDocument();
    expect(readState().customers.find((c) => c.id === prepaid.id)).toMatchObject({ accountType: 'prepaid' });
  });
});
