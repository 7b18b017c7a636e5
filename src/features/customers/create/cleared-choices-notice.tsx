import { Alert, Text } from '@mantine/core';
import type { SelectOption } from '../form/field-options';
import type { ClearedChoices } from './reseller-lists';

const listed = new Intl.ListFormat('en', { type: 'conjunction' });

/**
 * Says which choices a change of Reseller cleared, and why: the form never rewrites what the
 * admin chose without showing it.
 */
export function ClearedChoicesNotice({
  cleared,
  resellers,
  onClose,
}: {
  cleared: ClearedChoices;
  resellers: SelectOption[];
  onClose: () => void;
}) {
  const reseller = resellers.find((r) => r.value === cleared.resellerId)?.label;
  const whose = reseller ? `${reseller}’s` : 'the carrier’s own';
  return (
    <Alert color="yellow" variant="light" title="Some choices were cleared" withCloseButton closeButtonLabel="Dismiss" onClose={onClose}>
      <Text size="sm">
        {`Cleared ${listed.format(cleared.labels)}: not offered to ${whose} customers. A customer gets the rate groups, localizations and taxes of its reseller; choose again from these.`}
      </Text>
    </Alert>
  );
}
