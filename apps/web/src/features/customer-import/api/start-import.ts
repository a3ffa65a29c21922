import { useMutation } from '@tanstack/react-query';
import type { CustomerImportStart } from '@plainstaff/contracts/customer-import';
import { api } from '../../../lib/api-client';

export const startImport = () => api<CustomerImportStart>('/customers/import', { method: 'POST' });

/** Starts an import or joins the running one; errors are shown by the button. */
export function useStartImport() {
  return useMutation({ mutationFn: startImport });
}
