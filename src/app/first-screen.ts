import type { QueryClient } from '@tanstack/react-query';
import { prefetchProfile } from '../features/customers/api/prefetch-profile';
import { sessionQueryOptions } from '../features/session/api/session';
import { profileIdOf } from './early-requests';

/**
 * Loads what the screen at `pathname` shows first into the query cache: the session, and for
 * a profile its customer, the settings and the reference lists. The answers are usually in
 * already (index.html asked for them while the code downloaded), so this takes a few
 * milliseconds and the first render is the finished screen rather than a skeleton.
 */
export function prefetchFirstScreen(queryClient: QueryClient, pathname: string): Promise<void> {
  if (pathname === '/login') return Promise.resolve();
  const id = profileIdOf(pathname);
  return id === undefined ? queryClient.prefetchQuery(sessionQueryOptions()) : prefetchProfile(queryClient, id);
}

/**
 * `work`, but never more than `ms`: the first render waits that long at most for its data.
 * Longer, and a skeleton that shows the page is coming beats a blank page.
 */
export function waitAtMost(work: Promise<unknown>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    work.then(done, done);
  });
}
