import { afterEach, describe, expect, it, vi } from 'vitest';
import { signIn } from '../../mocks/db';
import { mockServer } from '../../mocks/node';
import { seedUsers } from '../../mocks/seed';
import { discardEarlyResponses } from '../shared/http/early-responses';
import { startEarlyReads } from './early-requests';
import { prefetchFirstScreen, waitAtMost } from './first-screen';
import { createQueryClient } from './provider';

describe('the first render waits for its data', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('as long as the data takes, when it comes quickly', async () => {
    vi.useFakeTimers();
    let done = false;
    let finish!: () => void;
    const data = new Promise<void>((resolve) => (finish = resolve));
    void waitAtMost(data, 150).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(40);
    expect(done).toBe(false);
    finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(true);
  });

  it('no longer than its limit, and a failed load does not hold it up', async () => {
    vi.useFakeTimers();
    let done = false;
    void waitAtMost(new Promise(() => {}), 150).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(149);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
    await expect(waitAtMost(Promise.reject(new Error('offline')), 150)).resolves.toBeUndefined();
  });
});

describe('the first screen and the early reads', () => {
  it('a page opened at a profile uses every early answer and asks for nothing twice', async () => {
    signIn(seedUsers[0]!);
    const asked: string[] = [];
    const listener = ({ request }: { request: Request }) => {
      asked.push(new URL(request.url).pathname);
    };
    mockServer.events.on('request:start', listener);
    try {
      startEarlyReads('/api', { pathname: '/customers/1/billing-settings', origin: window.location.origin });
      const early = [...asked];
      expect(early).toHaveLength(10);
      const queryClient = createQueryClient();
      await prefetchFirstScreen(queryClient, '/customers/1/billing-settings');
      // Every early answer was taken: had the profile's reads and earlyReads drifted apart,
      // one would be asked for a second time here, or an early one left unused.
      expect(asked).toEqual(early);
      expect(window.__earlyReads?.size).toBe(0);
      expect(queryClient.getQueryData(['session'])).toMatchObject({ email: seedUsers[0]!.email });
    } finally {
      mockServer.events.removeListener('request:start', listener);
      discardEarlyResponses();
    }
  });
});
