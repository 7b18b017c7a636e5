import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { request } from '../../../shared/http/http-client';
import { settingsSchema } from '../settings-schema';

export const settingsQueryOptions = () =>
  queryOptions({
    queryKey: ['settings'] as const,
    queryFn: async ({ signal }) => (await request('/settings', { schema: settingsSchema, signal })).data,
    staleTime: 5 * 60_000,
  });

/** The settings, on screens whose route loader has read them. */
export function useSettings() {
  return useSuspenseQuery(settingsQueryOptions()).data;
}
