import {
  ActionIcon,
  Anchor,
  Burger,
  Group,
  Image,
  NavLink,
  Progress,
  Text,
  useComputedColorScheme,
  useMantineColorScheme,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense, type ComponentType } from 'react';
import { Link, NavLink as RouterNavLink, Outlet, useNavigation } from 'react-router';
import { brand } from 'virtual:brand';
import { useSession } from '../features/session/api/session';
import { SessionExpiredDialog } from '../features/session/components/session-expired-dialog';
import { AccountMenu } from './account-menu';
import classes from './shell.module.css';


function ColorSchemeToggle() {
  const { setColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('light');
  const next = scheme === 'dark' ? 'light' : 'dark';
  const label = `Switch to ${next} mode`;
  // The browser's own tooltip: Mantine's would bring its positioning code to the first screen.
  return (
    <ActionIcon variant="default" size="lg" aria-label={label} title={label} onClick={() => setColorScheme(next)}>
      <span aria-hidden="true">{scheme === 'dark' ? '☀' : '☾'}</span>
    </ActionIcon>
  );
}

function UserMenu() {
  const { data: user } = useSession();
  return user ? <AccountMenu user={user} /> : null;
}

/** The frame of every signed-in screen: brand, navigation, user, colour scheme, footer. */
export function Shell({ devTools: DevTools }: { devTools?: ComponentType }) {
  // While the next screen's loader reads its data, the current screen stays and says so.
  const loading = useNavigation().state === 'loading';
  const [opened, { toggle, close }] = useDisclosure(false);
  return (
    <div className={classes.root}>
      {/* The class lets open dialogs keep the header in place when they hide the scroll bar. */}
      <header className={`${classes.header} right-scroll-bar-position`}>
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
      </header>
      <nav className={classes.navbar} data-opened={opened || undefined} aria-label="Main">
        <div className={classes.links}>
          <NavLink component={RouterNavLink} to="/customers" end label="Customers" onClick={close} />
          <NavLink component={RouterNavLink} to="/customers/new" label="New customer" onClick={close} />
        </div>
        {DevTools ? (
          <div>
            <Suspense fallback={null}>
              <DevTools />
            </Suspense>
          </div>
        ) : null}
      </nav>
      <main className={classes.main} aria-busy={loading || undefined}>
        {loading ? <Progress className={classes.pending} value={100} animated size="xs" radius={0} aria-label="Loading the next screen" /> : null}
        <div className={classes.page}>
          <Outlet />
        </div>
        <Group component="footer" justify="space-between" gap="xs" mt="xl" pt="sm" style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
          <Text size="xs" c="dimmed">
            {brand.footer}
          </Text>
          <Text size="xs" c="dimmed">
            Support: <Anchor href={`mailto:${brand.supportEmail}`} size="xs">{brand.supportEmail}</Anchor>
            {brand.supportPhone ? ` · ${brand.supportPhone}` : null}
          </Text>
        </Group>
      </main>
      <SessionExpiredDialog />
    </div>
  );
}
