import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import { createBrowserRouter, redirect, type LoaderFunctionArgs, type RouteObject } from 'react-router';
import { customerListLoader } from '../features/customers/list/customer-list-loader';
import { createCustomerLoader } from '../features/customers/create/create-customer-loader';
import { CustomerProfilePage, ProfileError } from '../features/customers/components/customer-profile-page';
import { customerProfileLoader, profileShouldRevalidate } from '../features/customers/components/customer-profile-loader';
import { loginLoader, sessionQueryOptions } from '../features/session';
import { RouteError } from './route-error';
import { RouteLoading } from './route-loading';
import { Shell } from './shell';

/**
 * Every screen reads its data in its route's loader, through the same query options its
 * components use, so the first render has the data and nothing is asked twice. The profile,
 * the console's heart, is part of the entry; the other screens are chunks of their own.
 */
export interface AppOptions {
  /** Developer tools shown in the navigation: the mock backend's control in dev and demo builds. */
  devTools?: ComponentType;
}

export const appRoutes = (queryClient: QueryClient, { devTools }: AppOptions = {}): RouteObject[] => [
  {
    path: '/login',
    loader: loginLoader(queryClient),
    lazy: async () => ({ Component: (await import('../features/session/components/login-page')).LoginPage }),
    errorElement: <RouteError />,
    HydrateFallback: RouteLoading,
  },
  {
    id: 'signed-in',
    loader: requireSession(queryClient),
    element: <Shell devTools={devTools} />,
    errorElement: <RouteError />,
    HydrateFallback: RouteLoading,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, loader: () => redirect('/customers') },
          {
            path: 'customers',
            loader: customerListLoader(queryClient),
            lazy: async () => ({ Component: (await import('../features/customers/list/customer-list-page')).CustomerListPage }),
          },
          {
            path: 'customers/new',
            loader: createCustomerLoader(queryClient),
            lazy: async () => ({
              Component: (await import('../features/customers/create/create-customer-page')).CreateCustomerPage,
            }),
          },
          { path: 'customers/:id', loader: ({ params }) => redirect(`/customers/${params.id}/panel-access`) },
          {
            path: 'customers/:id/:section',
            loader: customerProfileLoader(queryClient),
            shouldRevalidate: profileShouldRevalidate,
            Component: CustomerProfilePage,
            errorElement: <ProfileError />,
          },
          { path: '*', lazy: async () => ({ Component: (await import('./not-found')).NotFoundPage }) },
        ],
      },
    ],
  },
];

/** Signed-out visitors go to /login, and come back to where they were going afterwards. */
function requireSession(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    const user = await queryClient.ensureQueryData(sessionQueryOptions());
    if (user) return null;
    const { pathname, search } = new URL(request.url);
    throw redirect(`/login?next=${encodeURIComponent(`${pathname}${search}`)}`);
  };
}

export function createRouter(queryClient: QueryClient, options?: AppOptions) {
  return createBrowserRouter(appRoutes(queryClient, options));
}
