import { queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '../../../shared/http/http-client';
import { settingsSchema } from '../settings-schema';

export const settingsQueryOptions = () =>
  queryOptions({
    queryKey: ['settings'] as const,
    queryFn: async ({ signal }) => (await request('/settings', { schema: settingsSchema, signal })).data,
    staleTime: 5 * 60_000,
  });

export function useSettings() {
  return useQuery(settingsQueryOptions());
}
