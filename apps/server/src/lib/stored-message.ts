import type { CodedMessage, MessageParams, MessageRef } from '@plainstaff/contracts/messages';
import { coded, germanText, isMessageCode } from '@plainstaff/contracts/messages/catalog';

// Notes kept in a text column (an export's error, a run item's reason, the last connection check):
// stored as JSON `{ code, params }`, read back with the German text added. Rows written before
// issue 21 hold plain German text; they are shown as they are (LEGACY_TEXT).

export function storeMessage(ref: MessageRef | null): string | null {
  return ref ? JSON.stringify({ code: ref.code, params: ref.params }) : null;
}

function parsed(text: string): MessageRef | null {
  if (!text.startsWith('{')) return null;
  try {
    const value = JSON.parse(text) as Partial<MessageRef>;
    return typeof value.code === 'string' && typeof value.params === 'object' && value.params !== null
      ? { code: value.code, params: value.params as MessageParams }
      : null;
  } catch {
    return null;
  }
}

/** `legacyCode`: the code an old row kept beside its German text, rendered without params. */
export function readMessage(text: string | null, legacyCode?: string): CodedMessage | null {
  if (text === null || text === '') return null;
  const ref = parsed(text);
  if (ref && isMessageCode(ref.code)) return readStoredRef(ref);
  if (legacyCode && isMessageCode(legacyCode)) return readStoredRef({ code: legacyCode, params: {} });
  return coded('LEGACY_TEXT', { text });
}

/** A message kept inside other JSON (a line's rate note): `{ code, params }`, or old German text. */
export function readStoredRef(value: unknown): CodedMessage {
  const ref = value as Partial<MessageRef> | null;
  if (ref && typeof ref === 'object' && typeof ref.code === 'string' && isMessageCode(ref.code)) {
    const params = (ref.params ?? {}) as MessageParams;
    return { code: ref.code, params, message: germanText(ref.code, params) };
  }
  return coded('LEGACY_TEXT', { text: typeof value === 'string' ? value : '' });
}

/** One message for several: null for none, the message itself for one, else MESSAGE_LIST. */
export function joinMessages(refs: MessageRef[]): MessageRef | null {
  if (refs.length <= 1) return refs[0] ?? null;
  return coded('MESSAGE_LIST', {
    items: { type: 'list', items: refs.map(({ code, params }) => ({ code, params })) },
  });
}
