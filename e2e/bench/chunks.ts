import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
}

/**
 * - `profile`: the entry (which holds the profile's screen) and what it imports statically:
 *   what the production build's budget test counts (src/app/production-build.test.ts);
 * - `app`: the app's other chunks (other routes, dropdowns, dialogs): production loads them
 *   when they are needed; the demo's mock panel may pull some of them in early;
 * - `mock`: the mock backend's own (MSW, handlers, seed data, the developer panel).
 */
export type ChunkOwner = 'profile' | 'app' | 'mock';

export interface ChunkInfo {
  file: string;
  owner: ChunkOwner;
  raw: number;
  /** zlib's default level, as the budget test counts it. */
  gzip: number;
}

/**
 * Tells the demo build's chunks apart: the app's (what production also loads) and the mock
 * backend's own (MSW, handlers, seed data, the developer panel), by the build manifest.
 * A chunk shared by both counts as the app's.
 */
export function readChunks(distDir: string): Map<string, ChunkInfo> {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const closure = (roots: string[]) => {
    const seen = new Set<string>();
    const visit = (key: string) => {
      if (seen.has(key) || !manifest[key]) return;
      seen.add(key);
      manifest[key]!.imports?.forEach(visit);
    };
    roots.forEach(visit);
    return seen;
  };
  const keys = Object.keys(manifest);
  const isMock = (key: string) => manifest[key]!.src?.startsWith('mocks/') ?? false;
  const app = closure(keys.filter((k) => manifest[k]!.isEntry || (manifest[k]!.isDynamicEntry && !isMock(k))));
  const profile = closure(keys.filter((k) => manifest[k]!.isEntry));
  const chunks = new Map<string, ChunkInfo>();
  for (const key of keys) {
    const { file } = manifest[key]!;
    if (!file.endsWith('.js')) continue;
    const bytes = readFileSync(join(distDir, file));
    const owner = profile.has(key) ? 'profile' : app.has(key) ? 'app' : 'mock';
    chunks.set(`/${file}`, { file, owner, raw: bytes.length, gzip: gzipSync(bytes).length });
  }
  return chunks;
}

/** Raw and gzip bytes of the given chunks (by URL path), split by owner. */
export function weigh(paths: string[], chunks: Map<string, ChunkInfo>) {
  const empty = () => ({ raw: 0, gzip: 0, files: 0 });
  const total = { profile: empty(), app: empty(), mock: empty(), unknown: [] as string[] };
  for (const path of new Set(paths)) {
    const chunk = chunks.get(path);
    if (!chunk) {
      total.unknown.push(path);
      continue;
    }
    total[chunk.owner].raw += chunk.raw;
    total[chunk.owner].gzip += chunk.gzip;
    total[chunk.owner].files += 1;
  }
  return total;
}
