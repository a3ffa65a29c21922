/** `{"errors":{"error":"…"}}` or `{"errors":{"error":["…","…"]}}`; HTML or junk yields []. */
export function billomatMessages(text: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return [];
  }
  const error = (parsed as { errors?: { error?: unknown } } | null)?.errors?.error;
  const list = Array.isArray(error) ? error : [error];
  return list.filter((m): m is string => typeof m === 'string' && m.trim() !== '');
}
