import {
  ActionIcon,
  Anchor,
  AppShell,
  Avatar,
  Box,
  Burger,
  Group,
  Image,
  Menu,
  NavLink,
  Text,
  Tooltip,
  UnstyledButton,
  useComputedColorScheme,
  useMantineColorScheme,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { lazy, Suspense } from 'react';
import { Link, NavLink as RouterNavLink, Outlet, useNavigate } from 'react-router';
import { brand } from 'virtual:brand';
import { useSession, useSignOut } from '../features/session/api/session';
import { SessionExpiredDialog } from '../features/session/components/session-expired-dialog';

const MockBackendPanel =
  import.meta.env.VITE_MOCK_BACKEND === 'true' ? lazy(() => import('../../mocks/mock-backend-panel')) : null;

function ColorSchemeToggle() {
  const { setColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('light');
  const next = scheme === 'dark' ? 'light' : 'dark';
  return (
    <Tooltip label={`Switch to ${next} mode`}>
      <ActionIcon variant="default" size="lg" aria-label={`Switch to ${next} mode`} onClick={() => setColorScheme(next)}>
        <span aria-hidden="true">{scheme === 'dark' ? '☀' : '☾'}</span>
      </ActionIcon>
    </Tooltip>
  );
}

function UserMenu() {
  const { data: user } = useSession();
  const signOut = useSignOut();
  const navigate = useNavigate();
  if (!user) return null;
  const initials = user.name
    .split(/\s+/)
    .map((part) => part[0])
    .join('')
    .slice(0, 2);
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={`Account menu: ${user.name}, ${user.role === 'admin' ? 'Carrier admin' : 'Reseller'}`}>
          <Group gap="xs" wrap="nowrap">
            <Avatar radius="xl" size="sm" color="brand">
              {initials}
            </Avatar>
            <Box visibleFrom="sm">
              <Text size="sm" fw={600} lh={1.2}>
                {user.name}
              </Text>
              <Text size="xs" c="dimmed" lh={1.2}>
                {user.role === 'admin' ? 'Carrier admin' : 'Reseller'}
              </Text>
            </Box>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{user.email}</Menu.Label>
        <Menu.Item
          onClick={() =>
            signOut.mutate(undefined, {
              onSettled: () => navigate('/login', { replace: true }),
            })
          }
        >
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

/** The frame of every signed-in screen: brand, navigation, user, colour scheme, footer. */
export function Shell() {
  const [opened, { toggle, close }] = useDisclosure(false);
  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'sm', sm: 'lg' }}
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <Anchor component={Link} to="/customers" underline="never" c="inherit" aria-label={`${brand.name} home`}>
              <Image src={brand.logoUrl} alt={brand.name} h={30} w="auto" />
            </Anchor>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <ColorSchemeToggle />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="Main">
        <AppShell.Section grow>
          <NavLink component={RouterNavLink} to="/customers" end label="Customers" onClick={close} />
          <NavLink component={RouterNavLink} to="/customers/new" label="New customer" onClick={close} />
        </AppShell.Section>
        {MockBackendPanel ? (
          <AppShell.Section>
            <Suspense fallback={null}>
              <MockBackendPanel />
            </Suspense>
          </AppShell.Section>
        ) : null}
      </AppShell.Navbar>
      <AppShell.Main style={{ display: 'flex', flexDirection: 'column' }}>
        <Box style={{ flex: 1 }}>
          <Outlet />
        </Box>
        <Group component="footer" justify="space-between" gap="xs" mt="xl" pt="sm" style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
          <Text size="xs" c="dimmed">
            {brand.footer}
          </Text>
          <Text size="xs" c="dimmed">
            Support: <Anchor href={`mailto:${brand.supportEmail}`} size="xs">{brand.supportEmail}</Anchor>
            {brand.supportPhone ? ` · ${brand.supportPhone}` : null}
          </Text>
        </Group>
      </AppShell.Main>
      <SessionExpiredDialog />
    </AppShell>
  );
}
