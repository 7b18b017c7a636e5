import { queryOptions, useQueries, useSuspenseQueries } from '@tanstack/react-query';
import { request } from '../../../shared/http/http-client';
import type { z } from '../../../shared/zod';
import { referenceListNames, referenceLists, type ReferenceData, type ReferenceListName } from '../reference-schema';

export const referenceKeys = {
  all: ['reference'] as const,
  list: (name: ReferenceListName) => [...referenceKeys.all, name] as const,
};

export const referenceListQueryOptions = <N extends ReferenceListName>(name: N) =>
  queryOptions({
    queryKey: referenceKeys.list(name),
    queryFn: async ({ signal }) => {
      const { path, schema } = referenceLists[name];
      const { data } = await request(path, { schema: schema as unknown as z.ZodMiniType<ReferenceData[N]>, signal });
      return data;
    },
    staleTime: 10 * 60_000,
  });

/** Loads the named reference lists together; data is there only when all of them are. */
export function useReferenceLists(names: readonly ReferenceListName[]) {
  return useQueries({
    queries: names.map((name) => referenceListQueryOptions(name)),
    combine: (results) => {
      const data = {} as Partial<ReferenceData>;
      names.forEach((name, i) => {
        (data as Record<string, unknown>)[name] = results[i]?.data;
      });
      return {
        data: results.every((r) => r.isSuccess) ? (data as ReferenceData) : undefined,
        error: results.find((r) => r.error)?.error ?? null,
        isPending: results.some((r) => r.isPending),
        refetch: () => Promise.all(results.filter((r) => r.isError).map((r) => r.refetch())),
      };
    },
  });
}

/** Every reference list, for screens whose route loader has read them (see referenceListNames). */
export function useReferenceData(): ReferenceData {
  return useSuspenseQueries({
    queries: referenceListNames.map((name) => referenceListQueryOptions(name)),
    combine: (results) => Object.fromEntries(referenceListNames.map((name, i) => [name, results[i]!.data])) as ReferenceData,
  });
}
