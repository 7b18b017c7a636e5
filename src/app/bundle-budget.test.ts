// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Manifest } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The JS budget of the customer profile (issue 5): at most 200 kB gzip of JavaScript before
 * the form is usable, in the production build. Bytes are stable, so they are checked here;
 * times are not, so they stay in the benchmark (`npm run bench`, docs/performance.md).
 *
 * Counted: the entry chunk, the profile route's chunk and every chunk either imports
 * statically, which the browser must have before the form can show its values. Not counted:
 * chunks loaded later by dynamic import (date picker, select dropdowns, dialogs, notices).
 * Gzip is zlib's default level (6), as Node, Vite's report and most servers compress.
 */
const BUDGET_KB = 200;
const PROFILE_ROUTE = 'src/features/customers/components/customer-profile-page.tsx';

/** Loaded only when first needed; a static import of any of them would put it back in the budget. */
const LOADED_WHEN_NEEDED = [
  'src/features/customers/components/date-field.tsx',
  'src/shared/form/select-widgets.tsx',
  'src/features/customers/components/conflict-dialog.tsx',
  'src/features/customers/components/draft-offer.tsx',
  'src/features/customers/components/leave-dialog.tsx',
  'src/features/customers/components/confirm-change-dialog.tsx',
  'src/features/session/components/sign-in-again-dialog.tsx',
  'src/app/account-menu.tsx',
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

describe('JS budget of the customer profile', { timeout: 120_000 }, () => {
  let outDir: string;
  let manifest: Manifest;
  let counted: Array<{ file: string; raw: number; gzip: number }>;
  let closure: Set<string>;

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'console-budget-'));
    // Vitest runs with NODE_ENV=test, which would make Vite bundle React's development build.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({ mode: 'production', logLevel: 'silent', build: { outDir, emptyOutDir: true, manifest: true } });
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
    manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
    const entry = Object.keys(manifest).filter((key) => manifest[key]!.isEntry);
    expect(manifest[PROFILE_ROUTE], `${PROFILE_ROUTE} should be a chunk of its own`).toBeDefined();
    closure = staticClosure(manifest, [...entry, PROFILE_ROUTE]);
    counted = [...closure].map((key) => {
      const bytes = readFileSync(join(outDir, manifest[key]!.file));
      return { file: manifest[key]!.file, raw: bytes.length, gzip: gzipSync(bytes).length };
    });
  }, 120_000);

  afterAll(() => {
    if (outDir) rmSync(outDir, { recursive: true, force: true });
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

  it('keeps the date picker, dropdowns, dialogs and notices out of it', () => {
    const eager = LOADED_WHEN_NEEDED.filter((src) => !manifest[src] || closure.has(src));
    expect(eager, 'these should be chunks loaded by dynamic import only').toEqual([]);
  });
});
