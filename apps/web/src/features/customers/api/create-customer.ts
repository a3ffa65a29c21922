import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Customer, CustomerInput } from '@plainstaff/contracts/customers';
import { api } from '../../../lib/api-client';
import { customerKeys } from './customer-keys';

export const createCustomer = (input: CustomerInput) =>
  api<Customer>('/customers', { method: 'POST', body: input });

export function useCreateCustomer() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createCustomer,
    onSuccess: () => qc.invalidateQueries({ queryKey: customerKeys.all }),
  });
}
