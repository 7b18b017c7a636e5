import { Alert, Button, Modal, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { isApiError } from '../../../shared/http/http-client';
import { useSession, useSignIn } from '../api/session';
import { signedInAgain } from '../session-events';

/** The sign-in form shown over the screen once the session has ended. */
export default function SignInAgainDialog({ opened, onSignedIn }: { opened: boolean; onSignedIn: () => void }) {
  const { data: user } = useSession();
  const queryClient = useQueryClient();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  useEffect(() => {
    if (opened && user) setEmail(user.email);
  }, [opened, user]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await signIn.mutateAsync({ email, password });
      setPassword('');
      onSignedIn();
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
              {isApiError(signIn.error, 'unauthorized') ? 'Wrong email, account number or password. Try again.' : signIn.error.message}
            </Alert>
          ) : null}
          <TextInput
            label="Email or account number"
            type="text"
            autoComplete="username"
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
          />
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
