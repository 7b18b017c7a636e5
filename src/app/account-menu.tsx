import { Menu } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useSignOut } from '../features/session/api/session';
import type { User } from '../features/session/session-schema';
import { AccountButton } from './account-button';

/** The signed-in user's menu: who they are, and signing out. */
export function AccountMenu({ user }: { user: User }) {
  const signOut = useSignOut();
  const navigate = useNavigate();
  return (
    // No focus placeholder: Mantine's is a focusable role="presentation" element inside
    // role="menu", which a menu may not contain (axe's aria-required-children); focus goes to
    // the menu, and the arrow keys to its items.
    <Menu position="bottom-end" withinPortal withInitialFocusPlaceholder={false}>
      <Menu.Target>
        <AccountButton user={user} />
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
