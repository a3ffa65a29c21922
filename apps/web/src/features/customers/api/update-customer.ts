import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Customer, CustomerInput } from '@plainstaff/contracts/customers';
import { api } from '../../../lib/api-client';
import { customerKeys } from './customer-keys';

export const updateCustomer = ({ id, input }: { id: number; input: CustomerInput }) =>
  api<Customer>(`/customers/${id}`, { method: 'PATCH', body: input });

export function useUpdateCustomer() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: updateCustomer,
    onSuccess: () => qc.invalidateQueries({ queryKey: customerKeys.all }),
  });
}
