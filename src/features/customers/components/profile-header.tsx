import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import { formatMoney } from '../../../shared/format/money';
import { customerDisplayName, type Customer } from '../customer-schema';
import { accountTypeLabels, statusLabels } from '../fields';

/** Who this is at a glance: account, name, company, status, type and balance. */
export function ProfileHeader({ customer }: { customer: Customer }) {
  const negative = customer.balance.startsWith('-');
  return (
    <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
      <Stack gap={4}>
        <Text size="sm" c="dimmed" ff="monospace">
          Account {customer.accountNumber}
        </Text>
        <Title order={1} size="h2">
          {customerDisplayName(customer)}
        </Title>
        {customer.company ? <Text c="dimmed">{customer.company}</Text> : null}
      </Stack>
      <Group gap="lg" align="center" wrap="wrap">
        <Badge color={customer.status === 'active' ? 'teal.9' : 'gray.7'} variant="filled" size="lg">
          {statusLabels[customer.status]}
        </Badge>
        <Stack gap={0}>
          <Text size="xs" c="dimmed">
            Account type
          </Text>
          <Text fw={600}>{accountTypeLabels[customer.accountType]}</Text>
        </Stack>
        <Stack gap={0}>
          <Text size="xs" c="dimmed">
            Balance
          </Text>
          <Text fw={600} c={negative ? 'var(--mantine-color-error)' : undefined}>
            {negative ? '−' : ''}
            {formatMoney(customer.balance.replace(/^-/, ''), customer.currency)}
          </Text>
        </Stack>
      </Group>
    </Group>
  );
}
