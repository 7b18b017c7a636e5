import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { mockAccounts } from '../../mocks/accounts';
import { signIn } from '../../mocks/db';
import { seedUsers } from '../../mocks/seed';
import { AppProvider, createQueryClient } from '../app/provider';
import { appRoutes } from '../app/router';

export type MockAccount = (typeof mockAccounts)[number]['email'];

/** The whole app at a URL, on the mock backend, signed in as one of the demo accounts. */
export function renderApp(url: string, { as = 'admin@example.com' }: { as?: MockAccount | null } = {}) {
  const user = seedUsers.find((u) => u.email === as);
  if (user) signIn(user);
  const queryClient = createQueryClient();
  const router = createMemoryRouter(appRoutes(queryClient), { initialEntries: [url] });
  const utils = render(
    <AppProvider queryClient={queryClient} env="test">
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...utils, router, queryClient, user: userEvent.setup() };
}
