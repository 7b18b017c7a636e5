import { Notifications } from '@mantine/notifications';

/** Notices (toasts), top right, four at a time. */
export function NotificationsHost() {
  return <Notifications position="top-right" limit={4} />;
}
