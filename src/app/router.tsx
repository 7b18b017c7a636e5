import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { CustomerProfilePage } from '../features/customers/components/customer-profile-page';
import { RequireSession } from '../features/session/components/require-session';
import { RouteError } from './route-error';
import { RouteLoading } from './route-loading';
import { Shell } from './shell';

/**
 * Every screen but the profile is its own chunk: the profile does not wait for the list, the
 * create form or the login page. The profile, the console's heart and the screen with a time
 * budget, is part of the entry: its code arrives with the console's rather than in a dozen
 * small chunks shared with the other screens, and opening it renders at once. Screens read
 * their data with TanStack Query; the first screen's data is asked for before any of this
 * code runs (src/app/early-requests.ts, src/app/first-screen.ts).
 */
export const appRoutes = (): RouteObject[] => [
  {
    path: '/login',
    lazy: async () => ({ Component: (await import('../features/session/components/login-page')).LoginPage }),
    errorElement: <RouteError />,
    HydrateFallback: RouteLoading,
  },
  {
    element: <RequireSession />,
    errorElement: <RouteError />,
    HydrateFallback: RouteLoading,
    children: [
      {
        element: <Shell />,
        children: [
          { index: true, element: <Navigate to="/customers" replace /> },
          {
            path: 'customers',
            lazy: async () => ({
              Component: (await import('../features/customers/list/customer-list-page')).CustomerListPage,
            }),
          },
          {
            path: 'customers/new',
            lazy: async () => ({
              Component: (await import('../features/customers/create/create-customer-page')).CreateCustomerPage,
            }),
          },
          { path: 'customers/:id', element: <Navigate to="panel-access" replace /> },
          { path: 'customers/:id/:section', Component: CustomerProfilePage },
          {
            path: '*',
            lazy: async () => ({ Component: (await import('./not-found')).NotFoundPage }),
          },
        ],
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(appRoutes());
}
