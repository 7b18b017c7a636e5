import { Alert, Button, Group, List, Text } from '@mantine/core';
import { formatDateTime } from '../../../shared/format/dates';
import { fieldByName } from '../fields';
import { displayValue } from '../form/display-value';
import type { Draft } from '../form/use-draft';
import { sections } from '../sections';
import type { FieldOptions } from '../form/field-options';

/** Offers edits kept from an earlier visit, showing exactly what would come back. */
export function DraftOffer({
  draft,
  options,
  currency,
  onRestore,
  onDiscard,
  changedSince,
}: {
  draft: Draft;
  options: FieldOptions;
  currency: string;
  onRestore: () => void;
  onDiscard: () => void;
  changedSince: boolean;
}) {
  return (
    <Alert color="brand" variant="light" title="You have unsaved changes from earlier" role="region" aria-label="Unsaved changes from earlier">
      <Text size="sm">
        Kept from {formatDateTime(draft.savedAt)}. Restore them to keep editing, or discard them.
        {changedSince ? ' The customer was saved by someone since then; check the values before you save.' : null}
      </Text>
      <List size="sm" mt="xs" spacing={2}>
        {sections.flatMap(({ slug, title }) =>
          Object.entries(draft.sections[slug] ?? {}).map(([name, value]) => {
            const field = fieldByName(name);
            return field ? (
              <List.Item key={name}>
                {title} · {field.label}: <strong>{displayValue(field, value, options, currency)}</strong>
              </List.Item>
            ) : null;
          }),
        )}
      </List>
      <Group mt="sm" gap="sm">
        <Button size="xs" onClick={onRestore}>
          Restore my changes
        </Button>
        <Button size="xs" variant="default" onClick={onDiscard}>
          Discard them
        </Button>
      </Group>
    </Alert>
  );
}
