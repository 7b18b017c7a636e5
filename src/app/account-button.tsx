import { Avatar, Box, Group, Text, UnstyledButton, type UnstyledButtonProps } from '@mantine/core';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import type { User } from '../features/session/session-schema';

/** Who is signed in, as the button that opens the account menu. */
export const AccountButton = forwardRef<
  HTMLButtonElement,
  UnstyledButtonProps & ComponentPropsWithoutRef<'button'> & { user: User }
>(function AccountButton({ user, ...props }, ref) {
  const initials = user.name
    .split(/\s+/)
    .map((part) => part[0])
    .join('')
    .slice(0, 2);
  const role = user.role === 'admin' ? 'Carrier admin' : 'Reseller';
  return (
    <UnstyledButton ref={ref} aria-label={`Account menu: ${user.name}, ${role}`} {...props}>
      <Group gap="xs" wrap="nowrap">
        <Avatar radius="xl" size="sm" color="brand">
          {initials}
        </Avatar>
        <Box visibleFrom="sm">
          <Text size="sm" fw={600} lh={1.2}>
            {user.name}
          </Text>
          <Text size="xs" c="dimmed" lh={1.2}>
            {role}
          </Text>
        </Box>
      </Group>
    </UnstyledButton>
  );
});
