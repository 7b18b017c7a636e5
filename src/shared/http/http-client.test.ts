// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { request } from './http-client';

/** A 200 whose body never finishes arriving: reading it fails when the request is aborted. */
function answerThatNeverEnds(init?: RequestInit): Response {
  const body = new ReadableStream({
    start(controller) {
      init?.signal?.addEventListener('abort', () => controller.error(init.signal?.reason));
    },
  });
  return new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } });
}

describe('request', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('reports a time-out while the answer is read as a time-out, not as a malformed answer', async () => {
    vi.stubGlobal('fetch', async (_url: string, init?: RequestInit) => answerThatNeverEnds(init));
    await expect(request('/customers/1', { timeoutMs: 20 })).rejects.toMatchObject({
      kind: 'timeout',
      message: 'The server took too long to answer. Nothing was lost; try again.',
    });
  });

  it("lets the caller's own abort through while the answer is read", async () => {
    vi.stubGlobal('fetch', async (_url: string, init?: RequestInit) => answerThatNeverEnds(init));
    const caller = new AbortController();
    const pending = request('/customers/1', { signal: caller.signal, timeoutMs: 5_000 });
    setTimeout(() => caller.abort(), 10);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});
