import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../shared/http/http-client';
import { customerSchema, type CustomerInput } from '../customer-schema';
import { customerKeys } from './customer-keys';
import type { VersionedCustomer } from './get-customer';

export type CustomerChanges = Partial<CustomerInput>;

export async function updateCustomer(id: number, changes: CustomerChanges, etag: string): Promise<VersionedCustomer> {
  const { data, etag: next } = await request(`/customers/${id}`, {
    method: 'PATCH',
    body: changes,
    ifMatch: etag,
    schema: customerSchema,
  });
  return { customer: data, etag: next ?? `"${data.version}"` };
}

/**
 * PATCH with the newest ETag in the cache, not the one the form was opened with: saving
 * Profile and then Billing Settings must never answer 412 against our own first save.
 */
export function useUpdateCustomer(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ changes, etag }: { changes: CustomerChanges; etag?: string }) => {
      const latest = queryClient.getQueryData<VersionedCustomer>(customerKeys.detail(id));
      return updateCustomer(id, changes, etag ?? latest?.etag ?? '*');
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(customerKeys.detail(id), saved);
      void queryClient.invalidateQueries({ queryKey: customerKeys.lists() });
    },
  });
}
