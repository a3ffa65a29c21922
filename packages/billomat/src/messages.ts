import type { BillomatErrorKind } from './errors';

const berlinTime = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export function rateLimitMessage(resetAt: Date): string {
  return `billomat-Anfragelimit erreicht. Bitte versuchen Sie es um ${berlinTime.format(resetAt)} Uhr erneut.`;
}

const RECONCILE =
  ' Der Vorgang wurde möglicherweise trotzdem ausgeführt – bitte prüfen Sie in billomat, bevor Sie ihn wiederholen.';

/** German messages that tell the user what to do. */
export function userMessage(
  kind: Exclude<BillomatErrorKind, 'rate_limit'>,
  ctx: { status?: number; messages?: string[]; billomatId?: string; outcomeUnknown?: boolean } = {},
): string {
  const tail = ctx.outcomeUnknown ? RECONCILE : '';
  switch (kind) {
    case 'auth':
      return 'Der API-Schlüssel wurde von billomat abgelehnt. Bitte prüfen Sie ihn in billomat unter Einstellungen › Administration › Nutzer und tragen Sie ihn hier neu ein.';
    case 'validation':
      return `billomat hat die Daten abgelehnt${ctx.messages?.length ? `: ${ctx.messages.join('; ')}` : ''}. Bitte korrigieren Sie die Angaben.`;
    case 'quota':
      return 'Ihr billomat-Tarif hat keine freie Kapazität mehr. Bitte erweitern Sie den Tarif in billomat oder archivieren Sie nicht mehr benötigte Daten.';
    case 'not_found':
      return ctx.billomatId
        ? `Das billomat-Konto „${ctx.billomatId}“ wurde nicht gefunden. Bitte prüfen Sie die billomat-ID.`
        : 'Der Datensatz wurde in billomat nicht gefunden. Er wurde möglicherweise dort gelöscht.';
    case 'unavailable':
      return `billomat ist vorübergehend nicht verfügbar${ctx.status ? ` (HTTP ${ctx.status})` : ''}. Bitte versuchen Sie es in einigen Minuten erneut.${tail}`;
    case 'timeout':
      return `billomat hat nicht rechtzeitig geantwortet. Bitte versuchen Sie es später erneut.${tail}`;
    case 'network':
      return `billomat ist nicht erreichbar. Bitte prüfen Sie die Internetverbindung und die billomat-ID.${tail}`;
    case 'bad_answer':
      return `billomat hat eine unerwartete Antwort geschickt. Bitte versuchen Sie es später erneut.${tail}`;
  }
}
