import { notificationsStore, useNotifications } from '@mantine/notifications';
import { lazy, Suspense } from 'react';
import { useNeededOnce } from '../shared/lazy/use-needed-once';

const NotificationStack = lazy(() => import('./notification-stack'));

const position = 'top-right';
const limit = 4;

// Notices shown before the stack has loaded are placed as the stack will place them.
notificationsStore.updateState((state) => ({ ...state, defaultPosition: position, limit }));

/**
 * Notices (toasts) need their code only once the first one is shown, after a save: the
 * stack and its transitions load then, not before the first screen.
 */
export function NotificationsHost() {
  const { notifications, queue } = useNotifications();
  const needed = useNeededOnce(notifications.length + queue.length > 0);
  if (!needed) return null;
  return (
    <Suspense fallback={null}>
      <NotificationStack position={position} limit={limit} />
    </Suspense>
  );
}
