import type { CustomerRelinkResult } from '@plainstaff/contracts/customer-import';
import { api } from '../../../lib/api-client';

/** The import summary's "Kunden verknüpfen": the user confirms relinking by client number. */
export const confirmRelink = (runId: number) =>
  api<CustomerRelinkResult>(`/customers/import/runs/${runId}/relink`, { method: 'POST' });
