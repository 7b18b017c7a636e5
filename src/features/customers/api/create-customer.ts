import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../shared/http/http-client';
import { customerSchema, type CustomerInput } from '../customer-schema';
import { customerKeys } from './customer-keys';

export function useCreateCustomer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: Partial<CustomerInput>) => {
      const { data, etag } = await request('/customers', { method: 'POST', body: input, schema: customerSchema });
      return { customer: data, etag: etag ?? `"${data.version}"` };
    },
    onSuccess: (created) => {
      queryClient.setQueryData(customerKeys.detail(created.customer.id), created);
      void queryClient.invalidateQueries({ queryKey: customerKeys.lists() });
    },
  });
}
