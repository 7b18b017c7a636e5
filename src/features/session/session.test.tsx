import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockAccounts } from '../../../mocks/accounts';
import { signOut } from '../../../mocks/db';
import { readState } from '../../../mocks/db';
import { renderApp } from '../../test/render';
import { safeNext } from './components/login-loader';
import { setDemoAccounts } from './demo-accounts';

describe('sign-in', () => {
  it('sends a signed-out visitor to the login page and back to the page they asked for', async () => {
    const { user, router } = renderApp('/customers/3/profile', { as: null });
    await screen.findByRole('heading', { name: 'Sign in' });
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/customers/3/profile')}`);

    await user.type(screen.getByLabelText('Email or account number'), 'admin@example.com');
    await user.type(screen.getByLabelText('Password', { selector: 'input' }), 'Admin123!');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByLabelText(/^First Name/)).toHaveValue(readState().customers[2]!.firstName);
    expect(router.state.location.pathname).toBe('/customers/3/profile');
  });

  it('says so when the password is wrong and keeps the email typed', async () => {
    const { user } = renderApp('/login', { as: null });
    const email = await screen.findByLabelText('Email or account number');
    await user.type(email, 'northwind@example.com');
    await user.type(screen.getByLabelText('Password', { selector: 'input' }), 'nope');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Wrong email, account number or password')).toBeInTheDocument();
    expect(email).toHaveValue('northwind@example.com');
  });

  it('takes an email or an account number in one field, and asks for it when left empty', async () => {
    const { user } = renderApp('/login', { as: null });
    const login = await screen.findByRole('textbox', { name: 'Email or account number' });
    // A text field: an account number is no email, so the browser must not hold it to one.
    expect(login).toHaveAttribute('type', 'text');
    expect(login).toHaveAttribute('autocomplete', 'username');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Enter your email or account number')).toBeInTheDocument();
    expect(login).toHaveAccessibleDescription('Enter your email or account number');
  });

  it('signs in with an account number and lists it with each demo account', async () => {
    setDemoAccounts(mockAccounts.map(({ label, email, accountNumber, password }) => ({ label, email, accountNumber, password })));
    try {
      const { user, router } = renderApp('/login', { as: null });
      const admin = mockAccounts[0];
      const row = (await screen.findByRole('button', { name: `Sign in as ${admin.label}` })).closest('tr')!;
      expect(within(row).getByText(admin.email)).toBeInTheDocument();
      expect(within(row).getByText(admin.accountNumber)).toBeInTheDocument();

      await user.type(screen.getByLabelText('Email or account number'), admin.accountNumber);
      await user.type(screen.getByLabelText('Password', { selector: 'input' }), admin.password);
      await user.click(screen.getByRole('button', { name: 'Sign in' }));
      await screen.findByRole('heading', { name: 'Customers', level: 1 });
      expect(router.state.location.pathname).toBe('/customers');
    } finally {
      setDemoAccounts([]);
    }
  });

  it('only follows same-site paths after sign-in', () => {
    expect(safeNext('/customers/4/profile')).toBe('/customers/4/profile');
    expect(safeNext('https://evil.example/')).toBe('/customers');
    expect(safeNext('//evil.example/')).toBe('/customers');
    expect(safeNext(null)).toBe('/customers');
  });
});

describe('expired session while saving', () => {
  it('asks to sign in over the form and then saves the same edits', async () => {
    const { user } = renderApp('/customers/1/profile');
    const city = await screen.findByLabelText('City');
    await user.clear(city);
    await user.type(city, 'Reykjavík');

    signOut();
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const dialog = await screen.findByRole('dialog', { name: 'Your session has ended' });
    expect(city).toHaveValue('Reykjavík');
    await user.type(within(dialog).getByLabelText('Password', { selector: 'input' }), 'Admin123!');
    await user.click(within(dialog).getByRole('button', { name: 'Sign in and continue' }));

    await screen.findByText('Profile saved');
    await waitFor(() => expect(readState().customers[0]!.city).toBe('Reykjavík'));
  });
});
