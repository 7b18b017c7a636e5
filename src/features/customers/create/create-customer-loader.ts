import type { QueryClient } from '@tanstack/react-query';
import { referenceListsQueryOptions } from '../../reference';
import { sessionQueryOptions } from '../../session';
import { settingsQueryOptions } from '../../settings';

/**
 * Route `/customers/new`: the settings the new customer starts from and the lists its selects
 * offer, those of the user's own reseller (the carrier's for an admin) it starts with.
 */
export const createCustomerLoader = (queryClient: QueryClient) => async () => {
  const user = await queryClient.ensureQueryData(sessionQueryOptions());
  const resellerId = user?.role === 'reseller' ? user.resellerId : null;
  await Promise.all([
    queryClient.ensureQueryData(settingsQueryOptions()),
    ...referenceListsQueryOptions(resellerId).map((list) => queryClient.ensureQueryData(list)),
  ]);
  return null;
};
