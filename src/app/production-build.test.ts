// @vitest-environment node
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Manifest } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The builds users get, built once for all of these checks (each build takes seconds): the
 * default brand with its manifest, and the white-label example brand.
 */

/** Every file a build would serve, with its text (not Vite's manifest, which stays on the build machine). */
function servedFiles(dir: string): Array<{ path: string; text: string }> {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile() && !relative(dir, path).startsWith('.vite'))
    .map((path) => ({ path: relative(dir, path), text: readFileSync(path, 'utf8') }));
}

async function buildInto(brand: string | undefined): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'console-dist-'));
  const previous = { BRAND: process.env.BRAND, NODE_ENV: process.env.NODE_ENV };
  if (brand) process.env.BRAND = brand;
  else delete process.env.BRAND;
  // Vitest runs with NODE_ENV=test, which would make Vite bundle React's development build:
  // check the build users get.
  process.env.NODE_ENV = 'production';
  try {
    await build({ mode: 'production', logLevel: 'silent', build: { outDir, emptyOutDir: true, manifest: true } });
  } finally {
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
  return outDir;
}

let defaultDist: string;
let acmeDist: string;

beforeAll(async () => {
  defaultDist = await buildInto(undefined);
  acmeDist = await buildInto('acme');
}, 120_000);

afterAll(() => {
  for (const dir of [defaultDist, acmeDist]) if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('production build', () => {
  it('bundles the production builds of React and React Router', () => {
    const js = servedFiles(defaultDist).filter((f) => f.path.endsWith('.js'));
    // Warnings only the development builds print.
    for (const warning of ['Download the React DevTools', 'No routes matched location']) {
      expect(js.filter((f) => f.text.includes(warning)).map((f) => f.path), warning).toEqual([]);
    }
  });

  it('ships no source maps', () => {
    const files = servedFiles(defaultDist);
    expect(files.filter((f) => f.path.endsWith('.map'))).toEqual([]);
    expect(files.filter((f) => f.text.includes('sourceMappingURL')).map((f) => f.path)).toEqual([]);
  });

  it('contains no mock backend, demo accounts or seed data', () => {
    const files = servedFiles(defaultDist);
    for (const marker of ['mockServiceWorker', 'mock-backend.', 'Admin123!', 'Reseller123!', 'Ada Carrier', 'setupWorker']) {
      expect(files.filter((f) => f.text.includes(marker)).map((f) => f.path), marker).toEqual([]);
    }
  });

  it('allows scripts from its own origin only: no inline script, no eval', () => {
    const html = readFileSync(join(defaultDist, 'index.html'), 'utf8');
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]?.replaceAll('&#39;', "'");
    expect(csp?.split('; ')).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('a white-label build says its brand and never "Carrierdesk" in anything it serves', () => {
    const files = servedFiles(acmeDist);
    expect(files.length).toBeGreaterThan(3);
    expect(files.filter((f) => /carrierdesk/i.test(f.text) || /carrierdesk/i.test(f.path)).map((f) => f.path)).toEqual([]);
    const html = readFileSync(join(acmeDist, 'index.html'), 'utf8');
    expect(html).toContain('<title>Acme Voice</title>');
    expect(html).toMatch(/rel="icon"[^>]*href="\/favicon\.svg"/);
    expect(readFileSync(join(acmeDist, 'favicon.svg'), 'utf8')).toContain('#b4361c');
  });

  it('the default build carries Carrierdesk\'s own brand', () => {
    expect(readFileSync(join(defaultDist, 'index.html'), 'utf8')).toContain('<title>Carrierdesk</title>');
  });
});

/**
 * The JS budget of the customer profile (issue 5): "JS before the form is usable: ≤ 200 kB
 * gzip; if the library's own widgets on the first tab cannot fit, up to 0.6× react-admin's".
 * They cannot: Mantine's NumberInput (Account Valid Days) and Menu (the account menu, which
 * must open on the first click) are on the first screen, so the budget is 0.6 × 394.4 kB
 * (react-admin's edition of the same profile, measured by the bench: docs/performance.md)
 * = 236.6 kB, kept to whole kB: 236. Bytes are stable, so they are checked here; times are
 * not, so they stay in the benchmark (`npm run bench`); `npm run bench:bundle` says which
 * package holds how much.
 *
 * Counted: the entry chunk (which holds the profile's screen, src/app/router.tsx) and every
 * chunk it imports statically, which the browser must have before the form can show its
 * values on Panel Access. Not counted: chunks loaded later by dynamic import (the panels with
 * reference lists and their Select and MultiSelect, dialogs, notices).
 * Gzip is zlib's default level (6), as Node, Vite's report and most servers compress.
 */
const BUDGET_KB = 236;
const PROFILE_ROUTE = 'src/features/customers/components/customer-profile-page.tsx';

/** Loaded only when first needed; a static import of any of them would put it back in the budget. */
const LOADED_WHEN_NEEDED = [
  // Account Settings, Profile and Billing Settings (and Panel Access on create) choose from
  // reference lists: Mantine's Select and MultiSelect come with this panel (list-field.tsx).
  'src/features/customers/components/section-panel-with-lists.tsx',
  'src/features/customers/components/confirm-change-dialog.tsx',
  'src/features/customers/components/conflict-dialog.tsx',
  'src/features/customers/components/draft-offer.tsx',
  'src/features/customers/components/leave-dialog.tsx',
  'src/features/session/components/sign-in-again-dialog.tsx',
  'src/app/notification-stack.tsx',
];

const kB = (bytes: number) => (bytes / 1000).toFixed(1);

/** The manifest keys of `from` and of every chunk it imports statically, transitively. */
function staticClosure(manifest: Manifest, from: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported);
  };
  from.forEach(visit);
  return seen;
}

describe('JS budget of the customer profile', () => {
  let manifest: Manifest;
  let counted: Array<{ file: string; raw: number; gzip: number }>;
  let closure: Set<string>;

  beforeAll(() => {
    manifest = JSON.parse(readFileSync(join(defaultDist, '.vite/manifest.json'), 'utf8')) as Manifest;
    const entry = Object.keys(manifest).filter((key) => manifest[key]!.isEntry);
    closure = staticClosure(manifest, entry);
    const gzipped = (file: string, bytes: Buffer) => ({ file, raw: bytes.length, gzip: gzipSync(bytes).length });
    counted = [...closure].map((key) => gzipped(manifest[key]!.file, readFileSync(join(defaultDist, manifest[key]!.file))));
  });

  it('loads the profile with the entry', () => {
    const js = counted.filter((c) => c.file.endsWith('.js')).map((c) => readFileSync(join(defaultDist, c.file), 'utf8'));
    // The section tabs' accessible name: in the profile's code, nowhere else.
    expect(js.some((text) => text.includes('Customer sections')), `${PROFILE_ROUTE} should load with the entry`).toBe(true);
  });

  it(`the form becomes usable on at most ${BUDGET_KB} kB of gzipped JS`, () => {
    const total = counted.reduce((sum, chunk) => sum + chunk.gzip, 0);
    const breakdown = counted
      .sort((a, b) => b.gzip - a.gzip)
      .map((c) => `  ${kB(c.gzip).padStart(6)} kB gzip  ${kB(c.raw).padStart(6)} kB  ${c.file}`)
      .join('\n');
    expect(
      total / 1000,
      `${kB(total)} kB gzip of JS before the profile is usable (budget ${BUDGET_KB} kB):\n${breakdown}\n` +
        'Find what grew with `npx vite build --manifest --sourcemap` and a source-map breakdown (docs/performance.md).',
    ).toBeLessThanOrEqual(BUDGET_KB);
  });

  it('keeps the reference-list panels, dialogs and notices out of it', () => {
    const eager = LOADED_WHEN_NEEDED.filter((src) => !manifest[src] || closure.has(src));
    expect(eager, 'these should be chunks loaded by dynamic import only').toEqual([]);
  });

  it("keeps Mantine's Select, MultiSelect, Combobox and notice stack out of it, wherever they are imported", () => {
    // Mantine's components carry their display name ("@mantine/core/Select"), which minifying keeps.
    const js = counted.filter((c) => c.file.endsWith('.js')).map((c) => readFileSync(join(defaultDist, c.file), 'utf8'));
    const present = ['core/Select', 'core/MultiSelect', 'core/Combobox', 'notifications/Notifications'].filter((name) =>
      js.some((text) => new RegExp(`["'\`]@mantine/${name}["'\`]`).test(text)),
    );
    expect(present, 'in the JS before the profile is usable').toEqual([]);
  });
});
