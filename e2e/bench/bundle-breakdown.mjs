// What the profile's first load is made of: builds for production with a manifest and
// source maps (into a temporary directory), takes the chunks the budget test counts (the
// entry, which holds the profile's screen, and its static imports) and attributes their bytes to
// packages and app folders through the source maps. `npm run bench:bundle`
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const outDir = mkdtempSync(join(tmpdir(), 'console-breakdown-'));
process.env.NODE_ENV = 'production';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const digit = Object.fromEntries([...BASE64].map((c, i) => [c, i]));
function decodeVlq(text) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const c of text) {
    const d = digit[c];
    value += (d & 31) << shift;
    if (d & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** "react-dom", "@mantine/core Select", "app src/features/customers/components" */
function owner(source) {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)/.exec(source);
  if (pkg) {
    const component = pkg[1] === '@mantine/core' ? /components\/([^/]+)/.exec(pkg[2])?.[1] : undefined;
    return component ? `${pkg[1]} ${component}` : pkg[1];
  }
  const app = /(src|mocks)\/.*\//.exec(source);
  return app ? `app ${app[0].replace(/\/$/, '')}` : source;
}

try {
  await build({ mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true, manifest: true, sourcemap: true } });
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8'));
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    manifest[key].imports?.forEach(visit);
  };
  Object.keys(manifest).filter((k) => manifest[k].isEntry).forEach(visit);

  const byOwner = new Map();
  let total = 0;
  for (const key of seen) {
    const file = join(outDir, manifest[key].file);
    const code = readFileSync(file, 'utf8');
    const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
    const gzip = gzipSync(code).length;
    total += gzip;
    // Each chunk's gzip size is shared out in proportion to the minified bytes each source produced.
    const ratio = gzip / code.length;
    const lines = code.split('\n');
    let source = 0;
    map.mappings.split(';').forEach((line, index) => {
      const segments = line ? line.split(',').map(decodeVlq) : [];
      let column = 0;
      segments.forEach((segment, i) => {
        column += segment[0];
        if (segment.length > 1) source += segment[1];
        const next = i + 1 < segments.length ? column + segments[i + 1][0] : (lines[index] ?? '').length;
        const name = segment.length > 1 ? owner(map.sources[source]) : '(bundler glue)';
        byOwner.set(name, (byOwner.get(name) ?? 0) + (next - column) * ratio);
      });
    });
  }
  console.log(`JS before the profile is usable: ${(total / 1000).toFixed(1)} kB gzip in ${seen.size} chunks (budget 236 kB: 0.6× react-admin's)\n`);
  for (const [name, bytes] of [...byOwner].sort((a, b) => b[1] - a[1])) {
    if (bytes >= 200) console.log(`${(bytes / 1000).toFixed(1).padStart(7)} kB  ${name}`);
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
