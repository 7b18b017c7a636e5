import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { prefetchProfile } from '../features/customers/api/prefetch-profile';
import { sessionQueryOptions } from '../features/session/api/session';
import { RequireSession } from '../features/session/components/require-session';
import { RouteError } from './route-error';
import { RouteLoading } from './route-loading';
import { Shell } from './shell';

/**
 * Every screen is its own chunk: the profile does not wait for the list, the create form or
 * the login page. Loaders only start the queries a screen needs (they never wait for them),
 * so its data and its code load side by side; the screens read the data with TanStack Query.
 */
export const appRoutes = (queryClient: QueryClient): RouteObject[] => [
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
    loader: () => {
      void queryClient.prefetchQuery(sessionQueryOptions());
      return null;
    },
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
            loader: ({ params }) => {
              if (/^\d+$/.test(params.id ?? '')) void prefetchProfile(queryClient, Number(params.id));
              return null;
            },
            // A tab switch changes only the section: nothing to load.
            shouldRevalidate: ({ currentParams, nextParams, defaultShouldRevalidate }) =>
              currentParams.id === nextParams.id ? false : defaultShouldRevalidate,
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

export function createRouter(queryClient: QueryClient) {
  return createBrowserRouter(appRoutes(queryClient));
}
