import { z } from 'zod/mini';

/**
 * zod for everything the console bundles. `zod/mini` is the same engine with a functional
 * API that tree-shakes: classic zod's method chains keep the whole library (about 27 kB
 * gzip) on the first screen, mini about 10 kB (docs/performance.md). Schemas made here
 * validate, transform and report exactly as classic ones would: the same English messages
 * (classic loads them by default, mini does not) and the same metadata for the OpenAPI
 * document.
 */
z.config(z.locales.en());

export { z };

/** Classic zod's `.meta()`: a copy of the schema that carries this metadata. */
export function withMeta<T extends z.ZodMiniType>(schema: T, meta: z.core.GlobalMeta): T {
  const copy = schema.clone();
  z.globalRegistry.add(copy, meta);
  return copy;
}
