import { Notifications } from '@mantine/notifications';

/** Mantine's notice stack, top right, four at a time: a chunk of its own (see NotificationsHost). */
export default function NotificationStack() {
  return <Notifications position="top-right" limit={4} />;
}
