import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { ApiError, request, type ApiResponse } from '../../../shared/http/http-client';
import { customerSchema, type Customer } from '../customer-schema';
import { customerKeys } from './customer-keys';

/** A customer and the ETag to send with its next PATCH. */
export interface VersionedCustomer {
  customer: Customer;
  etag: string;
}

/** What the console says when a customer comes without its ETag: it could not save it safely. */
export const missingEtagMessage =
  'The server sent this customer without an ETag, which the console needs to save changes without overwriting someone else’s. Nothing was lost; reload the page, or contact support if it happens again.';

/**
 * The one place an answer's ETag is taken: every read and write of a customer goes through it.
 * The ETag is opaque (the mock counts, the server hashes the row) and only ever sent back as
 * If-Match; an answer without one breaks the contract and is refused, never guessed.
 */
export function versioned({ data, etag, status }: ApiResponse<Customer>): VersionedCustomer {
  if (!etag) throw new ApiError('malformed', missingEtagMessage, status);
  return { customer: data, etag };
}

export async function getCustomer(id: number, signal?: AbortSignal): Promise<VersionedCustomer> {
  return versioned(await request(`/customers/${id}`, { schema: customerSchema, signal }));
}

/**
 * The customer in the cache is the profile's baseline: what its forms show and what "changed"
 * is measured against. It is read when the profile opens (the route's loader) and written by
 * saves and by a conflict's reload, never refetched under an open form, which would move the
 * baseline while the user edits.
 */
export const customerQueryOptions = (id: number) =>
  queryOptions({
    queryKey: customerKeys.detail(id),
    queryFn: ({ signal }) => getCustomer(id, signal),
    staleTime: 30_000,
    refetchOnMount: false,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });

export function useCustomer(id: number) {
  return useSuspenseQuery(customerQueryOptions(id));
}
