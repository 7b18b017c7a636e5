import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { settingsQueryOptions } from '../../settings';
import { customersQueryOptions } from '../api/get-customers';
import { parseListState } from './list-state';

/**
 * Route `/customers`: starts reading the page the address asks for alongside the screen's
 * code, without waiting for it. Searching and paging change the address on every keystroke
 * and click; the list keeps the previous page on screen while the next one loads
 * (keepPreviousData), which a waiting loader would only delay.
 */
export const customerListLoader =
  (queryClient: QueryClient) =>
  ({ request }: LoaderFunctionArgs) => {
    void queryClient.prefetchQuery(customersQueryOptions(parseListState(new URL(request.url).searchParams)));
    // Balances are in the base currency the settings name.
    void queryClient.prefetchQuery(settingsQueryOptions());
    return null;
  };
