// Messages that hold other messages, and texts stored before messages had codes.

export const commonMessagesDe = {
  /** Several sentences, one after the other (e.g. all blockers of a project). */
  MESSAGE_LIST: '{{items}}',
  /** A note written before issue 21 stored codes: shown as it was stored. */
  LEGACY_TEXT: '{{text}}',
  INTEGRATION_CHECK_FAILED: 'billomat-Prüfung fehlgeschlagen.',
} as const;
