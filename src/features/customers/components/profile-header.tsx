import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { formatMoney, subtractMoney } from '../../../shared/format/money';
import { customerDisplayName, type Customer } from '../customer-schema';
import { accountTypeLabels, statusLabels } from '../fields';

/**
 * Who this is at a glance: account, name, company, status, type and money. ASTPP's balance is
 * the money left on a prepaid account and the money used on a postpaid one, whose available
 * credit is the credit limit less what it used. Amounts are in the base currency ASTPP stores
 * them in, with its code: the customer's own currency may be another.
 */
export function ProfileHeader({ customer, baseCurrency }: { customer: Customer; baseCurrency: string }) {
  // Below zero is a warning where it means money owed: none left on prepaid, credit overdrawn.
  const amount = (value: string, warnBelowZero = true) => <Amount value={value} currency={baseCurrency} warnBelowZero={warnBelowZero} />;
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
        <Fact label="Account type">{accountTypeLabels[customer.accountType]}</Fact>
        {customer.accountType === 'prepaid' ? (
          <Fact label="Balance left">{amount(customer.balance)}</Fact>
        ) : (
          <>
            <Fact label="Used">{amount(customer.balance, false)}</Fact>
            <Fact label="Available credit">{amount(subtractMoney(customer.creditLimit ?? '0', customer.balance))}</Fact>
          </>
        )}
      </Group>
    </Group>
  );
}

/** A labelled value, a group named by its label (so "Available credit" finds its amount). */
function Fact({ label, children }: { label: string; children: ReactNode }) {
  const id = useId();
  return (
    <Stack gap={0} role="group" aria-labelledby={id}>
      <Text size="xs" c="dimmed" id={id}>
        {label}
      </Text>
      <Text fw={600} component="div">
        {children}
      </Text>
    </Stack>
  );
}

/** An amount with a true minus sign; below zero in the error colour when that is a warning. */
function Amount({ value, currency, warnBelowZero }: { value: string; currency: string; warnBelowZero: boolean }) {
  const negative = value.startsWith('-');
  return (
    <Text span inherit c={negative && warnBelowZero ? 'var(--mantine-color-error)' : undefined}>
      {negative ? '−' : ''}
      {formatMoney(value.replace(/^-/, ''), currency)}
    </Text>
  );
}
