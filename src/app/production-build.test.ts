// @vitest-environment node
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** Every file a build would serve, with its text. */
function servedFiles(dir: string): Array<{ path: string; text: string }> {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
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
    await build({ mode: 'production', logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  } finally {
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
  return outDir;
}

describe('production build', { timeout: 120_000 }, () => {
  let defaultDist: string;
  let acmeDist: string;

  beforeAll(async () => {
    defaultDist = await buildInto(undefined);
    acmeDist = await buildInto('acme');
  }, 120_000);

  afterAll(() => {
    for (const dir of [defaultDist, acmeDist]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

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

  it('forbids inline scripts with a Content-Security-Policy and has none', () => {
    const html = readFileSync(join(defaultDist, 'index.html'), 'utf8');
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]?.replaceAll('&#39;', "'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
    expect(csp).toContain("object-src 'none'");
    const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>/g)];
    expect(inlineScripts).toEqual([]);
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
