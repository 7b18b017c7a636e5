import { Alert, Button, Modal, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { isApiError, onUnauthorized } from '../../../shared/http/http-client';
import { sessionKeys, useSession, useSignIn } from '../api/session';
import { signedInAgain } from '../session-events';

/**
 * Sign in again over whatever is on screen when the session runs out, so nothing typed is
 * lost; afterwards failed loads are fetched again and a refused save is retried.
 */
export function SessionExpiredDialog() {
  const { data: user } = useSession();
  const queryClient = useQueryClient();
  const signIn = useSignIn();
  const [opened, setOpened] = useState(false);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  useEffect(
    () =>
      onUnauthorized(() => {
        if (queryClient.getQueryData(sessionKeys.current)) setOpened(true);
      }),
    [queryClient],
  );

  useEffect(() => {
    if (opened && user) setEmail(user.email);
  }, [opened, user]);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    try {
      await signIn.mutateAsync({ email, password });
      setPassword('');
      setOpened(false);
      void queryClient.refetchQueries({ predicate: (query) => query.state.status === 'error' });
      signedInAgain();
    } catch {
      setPassword('');
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={() => undefined}
      withCloseButton={false}
      closeOnClickOutside={false}
      closeOnEscape={false}
      title="Your session has ended"
      centered
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">Sign in again to continue. Your unsaved changes are kept and saved once you are back.</Text>
          {signIn.error ? (
            <Alert color="red" role="alert">
              {isApiError(signIn.error, 'unauthorized') ? 'Wrong email or password. Try again.' : signIn.error.message}
            </Alert>
          ) : null}
          <TextInput label="Email" type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            data-autofocus
          />
          <Button type="submit" loading={signIn.isPending}>
            Sign in and continue
          </Button>
        </Stack>
      </form>
    </Modal>
  );
}
