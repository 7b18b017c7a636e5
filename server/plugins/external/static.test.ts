import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../test/server';

let app: FastifyInstance;
let build: string;

beforeAll(async () => {
  build = await mkdtemp(join(tmpdir(), 'carrierdesk-build-'));
  await mkdir(join(build, 'assets'));
  await writeFile(join(build, 'index.html'), '<!doctype html><title>Carrierdesk</title><div id="root"></div>');
  await writeFile(join(build, 'assets', 'console-abc123.js'), 'console.log("console")');
  app = await startServer({ STATIC_DIR: build });
});

afterAll(async () => {
  await app?.close();
  await rm(build, { recursive: true, force: true });
});

describe('one port for the console and its API', () => {
  it('serves the production build', async () => {
    const page = await app.inject({ method: 'GET', url: '/', headers: { accept: 'text/html' } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>Carrierdesk</title>');
    const script = await app.inject({ method: 'GET', url: '/assets/console-abc123.js' });
    expect(script.statusCode).toBe(200);
    expect(script.headers['content-type']).toMatch(/javascript/);
  });

  it("answers a reload on one of the console's routes with the console", async () => {
    const page = await app.inject({ method: 'GET', url: '/customers/7/billing-settings', headers: { accept: 'text/html' } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<div id="root">');
  });

  it('keeps unknown API paths and missing files as problem details', async () => {
    const api = await app.inject({ method: 'GET', url: '/api/nothing-here', headers: { accept: 'text/html' } });
    expect(api.statusCode).toBe(404);
    expect(api.headers['content-type']).toMatch(/^application\/problem\+json/);
    const asset = await app.inject({ method: 'GET', url: '/assets/missing.js' });
    expect(asset.statusCode).toBe(404);
  });

  it("sends helmet's headers", async () => {
    const page = await app.inject({ method: 'GET', url: '/' });
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['strict-transport-security']).toBeDefined();
  });
});
