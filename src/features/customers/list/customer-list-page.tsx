import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Pagination,
  Paper,
  Select,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useNavigation, useSearchParams } from 'react-router';
import { formatMoney } from '../../../shared/format/money';
import { settingsQueryOptions } from '../../settings';
import { useCustomers } from '../api/get-customers';
import { customerDisplayName, type CustomerSummary } from '../customer-schema';
import { accountTypeLabels, optionsOf, statusLabels } from '../fields';
import {
  defaultListState,
  hasFilters,
  listStateToParams,
  PAGE_SIZE,
  parseListState,
  type ListState,
  type SortField,
} from './list-state';

const columns: Array<{ key: SortField; label: string; align?: 'right' }> = [
  { key: 'accountNumber', label: 'Account' },
  { key: 'name', label: 'Name' },
  { key: 'company', label: 'Company' },
  { key: 'email', label: 'Email' },
  { key: 'status', label: 'Status' },
  { key: 'accountType', label: 'Account type' },
  { key: 'balance', label: 'Balance', align: 'right' },
];

/** Route `/customers`: search, filter, sort and page through the customers one may see. */
export function CustomerListPage() {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseListState(params), [params]);
  const customers = useCustomers(state);
  // ASTPP keeps balances in the base currency, whatever each customer's own.
  const settings = useQuery(settingsQueryOptions());
  const baseCurrency = settings.data?.baseCurrency;
  const data = baseCurrency ? customers.data : undefined;
  const error = customers.error ?? settings.error;
  const isPending = customers.isPending || settings.isPending;
  const { isPlaceholderData } = customers;
  const refetch = () => Promise.all([customers.refetch(), settings.refetch()]);
  const navigate = useNavigate();
  const [search, setSearch] = useState(state.q);

  // Back/forward or a link can change q under us: the box follows the URL.
  useEffect(() => setSearch(state.q), [state.q]);

  const update = (patch: Partial<ListState>, options?: { replace?: boolean }) =>
    setParams(listStateToParams({ ...state, page: 1, ...patch }), options);

  const applySearch = useDebouncedCallback((q: string) => update({ q }, { replace: true }), 300);

  // Leaving the list while a search waits for typing to pause (a click on a result, a link):
  // the search must not fire afterwards and take the user back here.
  const leaving = useNavigation().location?.pathname;
  useEffect(() => {
    if (leaving && leaving !== '/customers') applySearch.cancel();
  }, [leaving, applySearch]);

  const sortBy = (key: SortField) =>
    update({ sort: key, direction: state.sort === key && state.direction === 'asc' ? 'desc' : 'asc' });

  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="center">
        <Title order={1} size="h2">
          Customers
        </Title>
        <Button component={Link} to="/customers/new">
          New customer
        </Button>
      </Group>

      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          label="Search"
          placeholder="Start of an account number, name, email or company"
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            applySearch(event.currentTarget.value);
          }}
          maxLength={100}
          type="search"
          style={{ flex: '1 1 260px' }}
        />
        <Select
          label="Status"
          placeholder="Any status"
          data={optionsOf(statusLabels)}
          value={state.status}
          onChange={(value) => update({ status: value as ListState['status'] })}
          clearable
          w={160}
        />
        <Select
          label="Account type"
          placeholder="Any type"
          data={optionsOf(accountTypeLabels)}
          value={state.accountType}
          onChange={(value) => update({ accountType: value as ListState['accountType'] })}
          clearable
          w={160}
        />
      </Group>

      {error ? (
        <Alert color="red" title="Customers could not be loaded" role="alert">
          <Text size="sm">{error.message}</Text>
          <Button mt="sm" onClick={() => void refetch()}>
            Retry
          </Button>
        </Alert>
      ) : null}

      <Paper withBorder radius="md" style={{ overflowX: 'auto' }}>
        <Table
          highlightOnHover
          verticalSpacing="sm"
          miw={860}
          aria-busy={isPending || isPlaceholderData}
          style={{ opacity: isPlaceholderData ? 0.6 : 1, transition: 'opacity 120ms' }}
        >
          <Table.Caption style={{ captionSide: 'top', textAlign: 'left', padding: '12px 16px 0' }}>
            {data ? `${data.total.toLocaleString()} ${data.total === 1 ? 'customer' : 'customers'}` : 'Loading customers…'}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {columns.map((column) => {
                const sorted = state.sort === column.key;
                return (
                  <Table.Th
                    key={column.key}
                    aria-sort={sorted ? (state.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
                    style={{ textAlign: column.align }}
                  >
                    <UnstyledButton onClick={() => sortBy(column.key)} fw={700} fz="sm">
                      {column.label}
                      <span aria-hidden="true">{sorted ? (state.direction === 'asc' ? ' ▲' : ' ▼') : ' ↕'}</span>
                    </UnstyledButton>
                  </Table.Th>
                );
              })}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {isPending
              ? Array.from({ length: 8 }, (_, i) => (
                  <Table.Tr key={i}>
                    {columns.map((c) => (
                      <Table.Td key={c.key}>
                        <Skeleton height={14} />
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))
              : baseCurrency && data?.items.map((customer) => (
                  <CustomerRow
                    key={customer.id}
                    customer={customer}
                    baseCurrency={baseCurrency}
                    onOpen={() => navigate(`/customers/${customer.id}`)}
                  />
                ))}
          </Table.Tbody>
        </Table>
        {data && data.total === 0 ? (
          <Stack align="center" gap="xs" p="xl">
            <Text fw={600}>No customers match</Text>
            {hasFilters(state) ? (
              <Button
                variant="default"
                onClick={() => {
                  setSearch('');
                  setParams(listStateToParams({ ...defaultListState, sort: state.sort, direction: state.direction }));
                }}
              >
                Clear search and filters
              </Button>
            ) : null}
          </Stack>
        ) : null}
      </Paper>

      {data && pages > 1 ? (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            Page {state.page} of {pages}
          </Text>
          <Pagination
            total={pages}
            value={Math.min(state.page, pages)}
            onChange={(page) => update({ page })}
            getControlProps={(control) => ({
              'aria-label': control === 'next' ? 'Next page' : control === 'previous' ? 'Previous page' : control === 'first' ? 'First page' : 'Last page',
            })}
            getItemProps={(page) => ({ 'aria-label': `Page ${page}` })}
            siblings={1}
          />
        </Group>
      ) : null}
    </Stack>
  );
}

function CustomerRow({ customer, baseCurrency, onOpen }: { customer: CustomerSummary; baseCurrency: string; onOpen: () => void }) {
  const negative = customer.balance.startsWith('-');
  return (
    <Table.Tr onClick={onOpen} style={{ cursor: 'pointer' }}>
      <Table.Td>
        <Anchor component={Link} to={`/customers/${customer.id}`} ff="monospace" onClick={(e) => e.stopPropagation()}>
          {customer.accountNumber}
        </Anchor>
      </Table.Td>
      <Table.Td>{customerDisplayName(customer)}</Table.Td>
      <Table.Td>{customer.company}</Table.Td>
      <Table.Td>{customer.email}</Table.Td>
      <Table.Td>
        <Badge color={customer.status === 'active' ? 'teal.9' : 'gray.7'} variant="filled" size="sm">
          {statusLabels[customer.status]}
        </Badge>
      </Table.Td>
      <Table.Td>{accountTypeLabels[customer.accountType]}</Table.Td>
      <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }} c={negative ? 'var(--mantine-color-error)' : undefined}>
        {negative ? '−' : ''}
        {formatMoney(customer.balance.replace(/^-/, ''), baseCurrency)}
      </Table.Td>
    </Table.Tr>
  );
}
