import { Alert, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Link, Navigate, useParams } from 'react-router';
import { isApiError } from '../../../shared/http/http-client';
import { useReferenceLists } from '../../reference/api/get-reference-list';
import { referenceListNames } from '../../reference/reference-schema';
import { useSession } from '../../session/api/session';
import { useSettings } from '../../settings/api/get-settings';
import { useCustomer } from '../api/get-customer';
import { firstSection, isSectionSlug } from '../sections';
import { CustomerProfile } from './customer-profile';

/** Route `/customers/:id/:section`: loads what the profile needs, then shows it. */
export function CustomerProfilePage() {
  const params = useParams();
  const id = /^\d+$/.test(params.id ?? '') ? Number(params.id) : NaN;
  const customer = useCustomer(id);
  const settings = useSettings();
  const reference = useReferenceLists(referenceListNames);
  const session = useSession();

  if (Number.isNaN(id) || isApiError(customer.error, 'not-found') || isApiError(customer.error, 'forbidden')) {
    return <CustomerNotFound />;
  }
  if (!isSectionSlug(params.section)) {
    return <Navigate to={`/customers/${id}/${firstSection}`} replace />;
  }

  const error = customer.error ?? settings.error ?? reference.error;
  if (error) {
    return (
      <LoadError
        message={error.message}
        onRetry={() => {
          if (customer.isError) void customer.refetch();
          if (settings.isError) void settings.refetch();
          void reference.refetch();
        }}
      />
    );
  }

  if (!customer.data || !settings.data || !reference.data || !session.data) {
    return <ProfileSkeleton />;
  }

  return (
    <CustomerProfile
      key={id}
      versioned={customer.data}
      section={params.section}
      settings={settings.data}
      reference={reference.data}
      user={session.data}
    />
  );
}

export function CustomerNotFound() {
  return (
    <Stack align="flex-start" gap="md" py="xl">
      <Title order={1} size="h2">
        Customer not found
      </Title>
      <Text>This customer does not exist, was deleted, or is not one of yours.</Text>
      <Button component={Link} to="/customers">
        Back to customers
      </Button>
    </Stack>
  );
}

function LoadError({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <Alert color="red" title="The customer could not be loaded" role="alert" variant="light">
      <Stack gap="sm">
        <Text size="sm">{message}</Text>
        <Group>
          <Button onClick={onRetry}>Retry</Button>
          <Button component={Link} to="/customers" variant="default">
            Back to customers
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

function ProfileSkeleton() {
  return (
    <Stack gap="lg" aria-busy="true" aria-label="Loading customer">
      <Group justify="space-between">
        <Stack gap={8}>
          <Skeleton height={14} width={160} />
          <Skeleton height={28} width={260} />
          <Skeleton height={14} width={180} />
        </Stack>
        <Skeleton height={32} width={280} />
      </Group>
      <Skeleton height={38} width="100%" maw={620} />
      <Paper withBorder p="xl">
        <Stack gap="lg">
          {Array.from({ length: 5 }, (_, i) => (
            <Group key={i} grow>
              <Skeleton height={56} />
              <Skeleton height={56} />
            </Group>
          ))}
        </Stack>
      </Paper>
    </Stack>
  );
}
