import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <Stack align="flex-start" py="xl">
      <Title order={1} size="h2">
        Page not found
      </Title>
      <Text>There is nothing at this address.</Text>
      <Button component={Link} to="/customers">
        Go to customers
      </Button>
    </Stack>
  );
}
