import type { InvoiceDocument } from '@plainstaff/billing';
import type { ExportProfile } from '@plainstaff/contracts/exports';

/** What an export row keeps so that a retry re-sends exactly the invoice of the first attempt. */
export interface StoredExportOptions {
  profile: ExportProfile;
  markAsBilled: boolean;
  complete: boolean;
  templateId: number | null;
  /** The invoice without its customfield (the reference is added per attempt). */
  invoice: InvoiceDocument & { templateId?: number };
}
