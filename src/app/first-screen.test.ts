import { afterEach, describe, expect, it, vi } from 'vitest';
import { waitAtMost } from './first-screen';

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
