import { Button, Group, List, Modal, Text } from '@mantine/core';

/** "Leave without saving?": names the sections whose edits would be lost. */
export default function LeaveDialog({
  opened,
  unsavedSections,
  onStay,
  onLeave,
}: {
  opened: boolean;
  unsavedSections: readonly string[];
  onStay: () => void;
  onLeave: () => void;
}) {
  return (
    <Modal opened={opened} onClose={onStay} title="Leave without saving?" centered>
      <Text size="sm">You have unsaved changes in:</Text>
      <List size="sm" mt="xs">
        {unsavedSections.map((title) => (
          <List.Item key={title}>{title}</List.Item>
        ))}
      </List>
      <Text size="sm" mt="sm">
        If you leave now, they are lost.
      </Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onStay} data-autofocus>
          Stay and keep editing
        </Button>
        <Button color="red.8" onClick={onLeave}>
          Leave and discard
        </Button>
      </Group>
    </Modal>
  );
}
