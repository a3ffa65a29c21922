// billomat numbers an invoice only when it is completed. Until then PlainStaff stores a provisional
// name built from billomat's id ("Entwurf 4711", or "Rechnung 4711" for one completed without a number
// yet): the server writes it with `provisionalInvoiceNumber`, the SPA recognises it with
// `parseProvisionalInvoiceNumber` and names it in the UI language.

const PROVISIONAL = /^(Entwurf|Rechnung) (\d+)$/;

export function provisionalInvoiceNumber(draft: boolean, billomatId: number): string {
  return `${draft ? 'Entwurf' : 'Rechnung'} ${billomatId}`;
}

export function parseProvisionalInvoiceNumber(text: string): { draft: boolean; billomatId: number } | null {
  const match = PROVISIONAL.exec(text);
  return match ? { draft: match[1] === 'Entwurf', billomatId: Number(match[2]) } : null;
}
