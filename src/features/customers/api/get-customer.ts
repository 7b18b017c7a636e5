import { queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '../../../shared/http/http-client';
import { customerSchema, type Customer } from '../customer-schema';
import { customerKeys } from './customer-keys';

/** A customer and the ETag to send with its next PATCH. */
export interface VersionedCustomer {
  customer: Customer;
  etag: string;
}

export async function getCustomer(id: number, signal?: AbortSignal): Promise<VersionedCustomer> {
  const { data, etag } = await request(`/customers/${id}`, { schema: customerSchema, signal });
  return { customer: data, etag: etag ?? `"${data.version}"` };
}

export const customerQueryOptions = (id: number) =>
  queryOptions({
    queryKey: customerKeys.detail(id),
    queryFn: ({ signal }) => getCustomer(id, signal),
    // The form owns the edits; refetching under it would only move its baseline.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });

export function useCustomer(id: number) {
  return useQuery(customerQueryOptions(id));
}
