import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { onUnauthorized } from '../../../shared/http/http-client';
import { useNeededOnce } from '../../../shared/lazy/use-needed-once';
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
  const shown = useNeededOnce(opened);

  useEffect(
    () =>
      onUnauthorized(() => {
        if (queryClient.getQueryData(sessionKeys.current)) setOpened(true);
      }),
    [queryClient],
  );

  if (!shown) return null;
  return (
    <Suspense fallback={null}>
      <SignInAgainDialog opened={opened} onSignedIn={() => setOpened(false)} />
    </Suspense>
  );
}
