import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '../../../shared/http/http-client';
import { customerPageSchema } from '../customer-schema';
import { listQuery, type ListState } from '../list/list-state';
import { customerKeys } from './customer-keys';

export const customersQueryOptions = (state: ListState) => {
  const query = listQuery(state);
  return queryOptions({
    queryKey: customerKeys.list(query),
    queryFn: async ({ signal }) => (await request('/customers', { query, schema: customerPageSchema, signal })).data,
    // The previous page stays on screen while the next one loads.
    placeholderData: keepPreviousData,
    // The route's loader starts the read; the screen that renders a moment later takes that
    // answer instead of asking again. Saves invalidate the lists, so an edit shows at once.
    staleTime: 10_000,
  });
};

export function useCustomers(state: ListState) {
  return useQuery(customersQueryOptions(state));
}
