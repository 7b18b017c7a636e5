import { Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { displayValue } from '../form/display-value';
import { conflictRows, type Conflict } from '../form/conflict';
import type { FieldOptions } from '../form/field-options';

/**
 * 412: someone else saved first. Shows, field by field, what they changed and what you
 * changed, and lets the user choose; nothing is overwritten silently.
 */
export function ConflictDialog({
  conflict,
  options,
  currency,
  onKeepMine,
  onTakeTheirs,
  onKeepEditing,
  busy,
}: {
  conflict: Conflict | null;
  options: FieldOptions;
  /** The currency money is stored in: the base currency. */
  currency: string;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  onKeepEditing: () => void;
  busy: boolean;
}) {
  const rows = conflict ? conflictRows(conflict) : [];
  const show = (row: (typeof rows)[number], value: unknown) => displayValue(row.field, value, options, currency);
  return (
    <Modal opened={conflict !== null} onClose={onKeepEditing} title="Someone else saved this customer" size="xl" centered>
      <Stack gap="md">
        <Text size="sm">
          While you were editing, someone else saved changes to this customer. Compare, then choose what to keep.
        </Text>
        <Table withTableBorder striped verticalSpacing="xs" style={{ overflowWrap: 'anywhere' }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Field</Table.Th>
              <Table.Th scope="col">Before</Table.Th>
              <Table.Th scope="col">Their value</Table.Th>
              <Table.Th scope="col">Your value</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.field.name}>
                <Table.Th scope="row">{row.field.label}</Table.Th>
                <Table.Td>{show(row, row.before)}</Table.Td>
                <Table.Td fw={row.theyChanged ? 700 : undefined}>
                  {row.theyChanged ? show(row, row.theirs) : <Text span c="dimmed" size="sm">unchanged</Text>}
                </Table.Td>
                <Table.Td fw={row.youChanged ? 700 : undefined}>
                  {row.youChanged ? show(row, row.mine) : <Text span c="dimmed" size="sm">unchanged</Text>}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text size="sm" c="dimmed">
          Keeping yours saves only the fields you changed; their other changes stay.
        </Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onKeepEditing} disabled={busy}>
            Back to editing
          </Button>
          <Button variant="outline" onClick={onTakeTheirs} disabled={busy}>
            Take theirs, discard mine
          </Button>
          <Button onClick={onKeepMine} loading={busy}>
            Keep mine and save
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
