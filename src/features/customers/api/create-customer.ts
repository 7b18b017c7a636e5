import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../shared/http/http-client';
import { customerSchema, type CustomerInput } from '../customer-schema';
import { customerKeys } from './customer-keys';
import { versioned } from './get-customer';

export function useCreateCustomer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: Partial<CustomerInput>) =>
      versioned(await request('/customers', { method: 'POST', body: input, schema: customerSchema })),
    onSuccess: (created) => {
      queryClient.setQueryData(customerKeys.detail(created.customer.id), created);
      void queryClient.invalidateQueries({ queryKey: customerKeys.lists() });
    },
  });
}
