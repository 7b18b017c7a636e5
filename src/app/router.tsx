import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { RequireSession } from '../features/session/components/require-session';
import { RouteError } from './route-error';
import { Shell } from './shell';

/**
 * Every screen is its own chunk: the profile does not wait for the list, the create form or
 * the login page.
 */
export const routes: RouteObject[] = [
  {
    path: '/login',
    lazy: async () => ({ Component: (await import('../features/session/components/login-page')).LoginPage }),
    errorElement: <RouteError />,
  },
  {
    element: <RequireSession />,
    errorElement: <RouteError />,
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
          {
            path: 'customers/:id/:section',
            lazy: async () => ({
              Component: (await import('../features/customers/components/customer-profile-page')).CustomerProfilePage,
            }),
          },
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
  return createBrowserRouter(routes);
}
