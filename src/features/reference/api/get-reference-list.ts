import { queryOptions, useSuspenseQueries } from '@tanstack/react-query';
import { request } from '../../../shared/http/http-client';
import type { z } from '../../../shared/zod';
import { referenceListNames, referenceLists, type ReferenceData, type ReferenceListName } from '../reference-schema';

const referenceKeys = {
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

// Outside the hook: TanStack Query runs a stable `combine` again only when a list changes, so
// the screens get the same object, and their memoized options, on every other render.
const allReferenceLists = (results: Array<{ data: unknown }>) =>
  Object.fromEntries(referenceListNames.map((name, i) => [name, results[i]!.data])) as ReferenceData;

/** Every reference list, for screens whose route loader has read them (see referenceListNames). */
export function useReferenceData(): ReferenceData {
  return useSuspenseQueries({ queries: referenceListNames.map((name) => referenceListQueryOptions(name)), combine: allReferenceLists });
}
