import { useNotifications } from '@mantine/notifications';
import { lazy, Suspense, useState } from 'react';

// Mantine's stack and the transitions it animates with load with the first notice, not
// before the first screen. notify() works before then: the store holds the notice until the
// stack mounts and shows it.
const NotificationStack = lazy(() => import('./notification-stack'));

/** Notices (toasts): nothing until the first one is queued, then Mantine's stack for good. */
export function NotificationsHost() {
  const { notifications, queue } = useNotifications();
  const [needed, setNeeded] = useState(false);
  // Once mounted, the stack stays: it animates notices out and shows the next ones.
  if (!needed && notifications.length + queue.length > 0) setNeeded(true);
  if (!needed) return null;
  return (
    <Suspense fallback={null}>
      <NotificationStack />
    </Suspense>
  );
}
