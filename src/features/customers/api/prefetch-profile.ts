import type { QueryClient } from '@tanstack/react-query';
import { referenceListQueryOptions } from '../../reference/api/get-reference-list';
import { referenceListNames } from '../../reference/reference-schema';
import { sessionQueryOptions } from '../../session/api/session';
import { settingsQueryOptions } from '../../settings/api/get-settings';
import { customerQueryOptions } from './get-customer';

/**
 * Loads what the profile shows into the cache, before the first render of a page opened at
 * a profile (src/app/first-screen.ts). Signed-out visitors load nothing (the page sends them
 * to sign in); failures are left for the page to show.
 */
export async function prefetchProfile(queryClient: QueryClient, id: number): Promise<void> {
  const user = await queryClient.ensureQueryData(sessionQueryOptions()).catch(() => null);
  if (!user || !Number.isSafeInteger(id)) return;
  await Promise.all([
    queryClient.prefetchQuery(customerQueryOptions(id)),
    queryClient.prefetchQuery(settingsQueryOptions()),
    ...referenceListNames.map((name) => queryClient.prefetchQuery(referenceListQueryOptions(name))),
  ]);
}
