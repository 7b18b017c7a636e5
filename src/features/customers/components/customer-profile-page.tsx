import { Button, Stack, Text, Title } from '@mantine/core';
import { isRouteErrorResponse, Link, Navigate, useParams, useRouteError } from 'react-router';
import { isApiError } from '../../../shared/http/http-client';
import { useReferenceData } from '../../reference';
import { useSignedInUser } from '../../session';
import { useSettings } from '../../settings';
import { useCustomer } from '../api/get-customer';
import { firstSection, isSectionSlug } from '../sections';
import { CustomerProfile } from './customer-profile';
import { customerIdOf } from './customer-profile-loader';

/** Route `/customers/:id/:section`: the profile, once its loader has read what it shows. */
export function CustomerProfilePage() {
  const params = useParams();
  const id = customerIdOf(params.id)!;
  const { data: versioned } = useCustomer(id);
  const settings = useSettings();
  // The lists of the customer's reseller, whoever the viewer is: ASTPP offers no other.
  const reference = useReferenceData(versioned.customer.resellerId);
  const user = useSignedInUser();

  if (!isSectionSlug(params.section)) return <Navigate to={`/customers/${id}/${firstSection}`} replace />;
  return (
    <CustomerProfile key={id} versioned={versioned} section={params.section} settings={settings} reference={reference} user={user} />
  );
}

/** The profile's error screen: a customer that is not there (or not the user's) says so plainly. */
export function ProfileError() {
  const error = useRouteError();
  const missing =
    isApiError(error, 'not-found') || isApiError(error, 'forbidden') || (isRouteErrorResponse(error) && error.status === 404);
  if (!missing) throw error;
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
