import { Alert, Button, Center, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { isRouteErrorResponse, Link, useRevalidator, useRouteError } from 'react-router';
import { retryAfterSignIn } from '../features/session/session-events';
import { isApiError } from '../shared/http/http-client';

/**
 * A screen whose data could not be read says why and offers to try again (loaders run
 * again); once a lapsed session is renewed, they run again by themselves. Anything else
 * is a last resort: say so, offer a reload, never a blank page.
 */
export function RouteError() {
  const error = useRouteError();
  const { revalidate, state } = useRevalidator();
  const signedOut = isApiError(error, 'unauthorized');

  useEffect(() => (signedOut ? retryAfterSignIn(() => void revalidate()) : undefined), [signedOut, revalidate]);

  if (isApiError(error)) {
    return (
      <Alert color="red" title="This screen could not be loaded" role="alert" variant="light" maw={640}>
        <Stack gap="sm">
          <Text size="sm">{error.message}</Text>
          <Group>
            <Button onClick={() => void revalidate()} loading={state === 'loading'}>
              Retry
            </Button>
            <Button component={Link} to="/customers" variant="default">
              Back to customers
            </Button>
          </Group>
        </Stack>
      </Alert>
    );
  }

  const detail = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : error instanceof Error ? error.message : '';
  return (
    <Center mih="60vh" p="md">
      <Stack align="center" gap="sm" maw={480}>
        <Title order={1} size="h3">
          Something went wrong
        </Title>
        <Text ta="center">This screen failed to load. Reloading usually helps; your saved data is safe.</Text>
        {detail ? (
          <Text size="sm" c="dimmed" ta="center">
            {detail}
          </Text>
        ) : null}
        <Button onClick={() => window.location.reload()}>Reload</Button>
      </Stack>
    </Center>
  );
}
