import { afterEach, describe, expect, it, vi } from 'vitest';
import { discardEarlyResponses } from '../shared/http/early-responses';
import { request } from '../shared/http/http-client';
import { earlyReads, profileIdOf, startEarlyReads } from './early-requests';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ETag: '"3"' } });

describe('early reads', () => {
  afterEach(() => {
    discardEarlyResponses();
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('reads what the profile shows first, for any of its sections', () => {
    for (const path of ['/customers/42', '/customers/42/', '/customers/42/billing-settings']) {
      expect(earlyReads(path)).toEqual([
        '/session',
        '/customers/42',
        '/settings',
        '/resellers',
        '/rate-groups',
        '/localizations',
        '/taxes',
        '/countries',
        '/timezones',
        '/currencies',
      ]);
    }
  });

  it('reads only the session on other screens, and nothing on the sign-in page', () => {
    expect(earlyReads('/customers')).toEqual(['/session']);
    expect(earlyReads('/customers/new')).toEqual(['/session']);
    expect(earlyReads('/')).toEqual(['/session']);
    expect(earlyReads('/login')).toEqual([]);
    expect(profileIdOf('/customers/12x')).toBeUndefined();
    expect(profileIdOf('/customers/99999999999999999999')).toBeUndefined();
  });

  it('the client takes an early answer instead of asking again, once', async () => {
    const fetch = vi.fn(async (url: string) => json({ id: 7, asked: url }));
    vi.stubGlobal('fetch', fetch);
    startEarlyReads('/api', { pathname: '/customers/7/profile', origin: window.location.origin });
    expect(fetch).toHaveBeenCalledTimes(10);
    expect(fetch).toHaveBeenCalledWith(`${window.location.origin}/api/customers/7`, {
      headers: { Accept: 'application/json, application/problem+json' },
      credentials: 'include',
    });

    const first = await request('/customers/7');
    expect(first).toMatchObject({ data: { id: 7 }, etag: '"3"', status: 200 });
    expect(fetch).toHaveBeenCalledTimes(10);

    await request('/customers/7');
    expect(fetch).toHaveBeenCalledTimes(11);
  });

  it('an early answer is never given to a write, nor once the first screen has been shown', async () => {
    const fetch = vi.fn(async () => json({ ok: true }));
    vi.stubGlobal('fetch', fetch);
    startEarlyReads('/api', { pathname: '/customers/7', origin: window.location.origin });
    await request('/customers/7', { method: 'PATCH', body: { pin: '1' } });
    expect(fetch).toHaveBeenCalledTimes(11);

    discardEarlyResponses();
    await request('/settings');
    expect(fetch).toHaveBeenCalledTimes(12);
  });

  it('an early answer that never comes still times out', async () => {
    vi.stubGlobal('fetch', () => new Promise<Response>(() => {}));
    startEarlyReads('/api', { pathname: '/customers', origin: window.location.origin });
    await expect(request('/session', { timeoutMs: 20 })).rejects.toMatchObject({ kind: 'timeout' });
  });

  it('an early 401 is a 401 like any other', async () => {
    vi.stubGlobal('fetch', async () => json({ title: 'Unauthorized', status: 401 }, 401));
    startEarlyReads('/api', { pathname: '/customers', origin: window.location.origin });
    await expect(request('/session')).rejects.toMatchObject({ kind: 'unauthorized', status: 401 });
  });
});
