import type { QueryClient } from '@tanstack/react-query';
import { referenceListNames, referenceListQueryOptions } from '../../reference';
import { settingsQueryOptions } from '../../settings';

/** Route `/customers/new`: the settings the new customer starts from and the lists its selects offer. */
export const createCustomerLoader = (queryClient: QueryClient) => async () => {
  await Promise.all([
    queryClient.ensureQueryData(settingsQueryOptions()),
    ...referenceListNames.map((name) => queryClient.ensureQueryData(referenceListQueryOptions(name))),
  ]);
  return null;
};
