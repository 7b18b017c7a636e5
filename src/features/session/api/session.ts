import { queryOptions, useMutation, useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { isApiError, request } from '../../../shared/http/http-client';
import { sessionSchema, type Credentials, type User } from '../session-schema';

export const sessionKeys = { current: ['session'] as const };

/** The signed-in user, or null when the server answers 401. */
export async function getSession(signal?: AbortSignal): Promise<User | null> {
  try {
    return (await request('/session', { schema: sessionSchema, signal })).data.user;
  } catch (error) {
    if (isApiError(error, 'unauthorized')) return null;
    throw error;
  }
}

export const sessionQueryOptions = () =>
  queryOptions({
    queryKey: sessionKeys.current,
    queryFn: ({ signal }) => getSession(signal),
    staleTime: Infinity,
  });

export function useSession() {
  return useQuery(sessionQueryOptions());
}

/** The signed-in user, on screens under the route that requires a session (src/app/router.tsx). */
export function useSignedInUser(): User {
  const { data: user } = useSuspenseQuery(sessionQueryOptions());
  if (!user) throw new Error('This screen needs a signed-in user.');
  return user;
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (credentials: Credentials) =>
      (await request('/session', { method: 'POST', body: credentials, schema: sessionSchema })).data.user,
    onSuccess: (user) => {
      queryClient.setQueryData(sessionKeys.current, user);
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => request('/session', { method: 'DELETE' }),
    onSettled: () => {
      // Another user may sign in next: nothing of this one's data may stay cached.
      queryClient.clear();
      queryClient.setQueryData(sessionKeys.current, null);
    },
  });
}
