import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../shared/http/http-client';
import { customerSchema, type CustomerInput } from '../customer-schema';
import { customerKeys } from './customer-keys';
import { versioned, type VersionedCustomer } from './get-customer';

export type CustomerChanges = Partial<CustomerInput>;

export async function updateCustomer(id: number, changes: CustomerChanges, etag: string): Promise<VersionedCustomer> {
  return versioned(await request(`/customers/${id}`, { method: 'PATCH', body: changes, ifMatch: etag, schema: customerSchema }));
}

/**
 * PATCH with the ETag of the customer in the cache: the record the form's changes were
 * measured against. Saving Profile and then Billing Settings never answers 412 against our
 * own first save, and after a conflict's reload the next save is measured against theirs.
 */
export function useUpdateCustomer(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: customerKeys.detail(id),
    mutationFn: (changes: CustomerChanges) => {
      // The profile renders only once its loader has put the customer in the cache.
      const { etag } = queryClient.getQueryData<VersionedCustomer>(customerKeys.detail(id))!;
      return updateCustomer(id, changes, etag);
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(customerKeys.detail(id), saved);
      void queryClient.invalidateQueries({ queryKey: customerKeys.lists() });
    },
  });
}
