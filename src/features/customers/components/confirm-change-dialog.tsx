import { Button, Group, Modal, Text } from '@mantine/core';

/** Asks before a change that matters (the account type): keep the current value, or change it. */
export default function ConfirmChangeDialog({
  opened,
  title,
  message,
  keepLabel,
  confirmLabel,
  onKeep,
  onConfirm,
}: {
  opened: boolean;
  title: string;
  message: string | null;
  keepLabel: string;
  confirmLabel: string;
  onKeep: () => void;
  onConfirm: () => void;
}) {
  return (
    <Modal opened={opened} onClose={onKeep} title={title} centered>
      <Text size="sm">{message}</Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onKeep}>
          {keepLabel}
        </Button>
        <Button onClick={onConfirm}>{confirmLabel}</Button>
      </Group>
    </Modal>
  );
}
