import { notifications } from '@mantine/notifications';

// Mantine's close button is an icon with no name: screen readers would announce "button".
const closeButtonProps = { 'aria-label': 'Close notice' };

/** Notices in one voice. Messages are plain text: React escapes them, never HTML. */
export const notify = {
  success(title: string, message?: string) {
    notifications.show({ title, message: message ?? '', color: 'teal.9', autoClose: 4000, withBorder: true, closeButtonProps });
  },
  error(title: string, message: string) {
    notifications.show({ title, message, color: 'red.9', autoClose: false, withBorder: true, closeButtonProps });
  },
};

/** A server's or client's message as a sentence, so another can follow it ("…failed. Your changes…"). */
export function asSentence(error: unknown, fallback = 'Something went wrong.'): string {
  const text = (error instanceof Error ? error.message : '').trim() || fallback;
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
