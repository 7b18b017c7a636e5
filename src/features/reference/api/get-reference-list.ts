import { queryOptions, useSuspenseQueries } from '@tanstack/react-query';
import { request } from '../../../shared/http/http-client';
import type { z } from '../../../shared/zod';
import { isResellerScoped } from '../reference-paths';
import { referenceListNames, referenceLists, type ReferenceData, type ReferenceListName } from '../reference-schema';

/**
 * One key per list; rate groups, localizations and taxes one per reseller too (null: the
 * carrier's), since a customer is offered its own reseller's, whoever the viewer is.
 */
const referenceKeys = {
  all: ['reference'] as const,
  list: (name: ReferenceListName, resellerId: number | null) =>
    isResellerScoped(name) ? ([...referenceKeys.all, name, { resellerId }] as const) : ([...referenceKeys.all, name] as const),
};

/** A reference list; for a list that belongs to a reseller, that of `resellerId` (null: the carrier's). */
export const referenceListQueryOptions = <N extends ReferenceListName>(name: N, resellerId: number | null = null) =>
  queryOptions({
    queryKey: referenceKeys.list(name, resellerId),
    queryFn: async ({ signal }) => {
      const { path, schema } = referenceLists[name];
      const query = isResellerScoped(name) ? { resellerId } : undefined;
      const { data } = await request(path, { query, schema: schema as unknown as z.ZodMiniType<ReferenceData[N]>, signal });
      return data;
    },
    staleTime: 10 * 60_000,
  });

/** Every reference list for a customer of `resellerId` (null: the carrier's), for a route loader to read first. */
export const referenceListsQueryOptions = (resellerId: number | null) =>
  referenceListNames.map((name) => referenceListQueryOptions(name, resellerId));

// Outside the hook: TanStack Query runs a stable `combine` again only when a list changes, so
// the screens get the same object, and their memoized options, on every other render.
const allReferenceLists = (results: Array<{ data: unknown }>) =>
  Object.fromEntries(referenceListNames.map((name, i) => [name, results[i]!.data])) as ReferenceData;

/**
 * Every reference list a customer of `resellerId` is offered (null: the carrier's), for
 * screens whose route loader has read them (see referenceListsQueryOptions).
 */
export function useReferenceData(resellerId: number | null): ReferenceData {
  return useSuspenseQueries({ queries: referenceListsQueryOptions(resellerId), combine: allReferenceLists });
}
