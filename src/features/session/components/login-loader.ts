import type { QueryClient } from '@tanstack/react-query';
import { redirect, type LoaderFunctionArgs } from 'react-router';
import { sessionQueryOptions } from '../api/session';

/** Only same-origin paths: `?next=https://evil.example` must not send users away. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/customers';
}

/** Route `/login`: someone already signed in goes on to where they were going. */
export const loginLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const user = await queryClient.ensureQueryData(sessionQueryOptions());
    if (user) throw redirect(safeNext(new URL(request.url).searchParams.get('next')));
    return null;
  };
