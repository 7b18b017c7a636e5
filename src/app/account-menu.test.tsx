import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { User } from '../features/session';
import { AccountMenu } from './account-menu';

const ada: User = { id: 1, name: 'Ada Carrier', email: 'admin@example.com', role: 'admin', resellerId: null };

function renderMenu() {
  const router = createMemoryRouter(
    [
      { path: '/customers', element: <AccountMenu user={ada} /> },
      { path: '/login', element: <h1>Sign in</h1> },
    ],
    { initialEntries: ['/customers'] },
  );
  render(
    <QueryClientProvider client={new QueryClient()}>
      <MantineProvider env="test">
        <RouterProvider router={router} />
      </MantineProvider>
    </QueryClientProvider>,
  );
  return { router, user: userEvent.setup() };
}

describe('AccountMenu', () => {
  it('opens on the first click and shows who is signed in', async () => {
    const { user } = renderMenu();
    const button = screen.getByRole('button', { name: 'Account menu: Ada Carrier, Carrier admin' });
    expect(button).toHaveAttribute('aria-expanded', 'false');

    await user.click(button);
    expect(await screen.findByRole('menuitem', { name: 'Sign out' })).toBeVisible();
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('menu')).toHaveTextContent('admin@example.com');
  });

  it('signs out and goes to the sign-in page', async () => {
    const { user, router } = renderMenu();
    await user.click(screen.getByRole('button', { name: /^Account menu:/ }));
    await user.click(await screen.findByRole('menuitem', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
  });
});
