import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { onUnauthorized } from '../../../shared/http/http-client';
import { sessionKeys } from '../api/session';

// Needed only once a session ends: in its own chunk, so no screen waits for it.
const SignInAgainDialog = lazy(() => import('./sign-in-again-dialog'));

/**
 * Sign in again over whatever is on screen when the session runs out, so nothing typed is
 * lost; afterwards failed loads are fetched again and a refused save is retried.
 */
export function SessionExpiredDialog() {
  const queryClient = useQueryClient();
  const [opened, setOpened] = useState(false);

  useEffect(
    () =>
      onUnauthorized(() => {
        if (queryClient.getQueryData(sessionKeys.current)) setOpened(true);
      }),
    [queryClient],
  );

  if (!opened) return null;
  return (
    <Suspense fallback={null}>
      <SignInAgainDialog opened onSignedIn={() => setOpened(false)} />
    </Suspense>
  );
}
