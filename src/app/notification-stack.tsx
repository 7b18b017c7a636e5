// Mantine's notification stack in a chunk of its own: see NotificationsHost.
export { Notifications as default } from '@mantine/notifications';
