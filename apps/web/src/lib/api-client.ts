import type { ApiErrorBody, FieldError } from '@plainstaff/contracts/errors';
import type { MessageParams } from '@plainstaff/contracts/messages';

/** The one error type of the web app: every failed API call becomes an ApiError. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** The message's params: the UI renders code + params (lib/messages.ts), never `message`. */
  readonly params: MessageParams;
  readonly details: FieldError[];
  readonly retryAt: Date | null;
  constructor(body: ApiErrorBody) {
    super(body.message);
    this.status = body.statusCode;
    this.code = body.code;
    this.params = body.params ?? {};
    this.details = body.details ?? [];
    this.retryAt = body.retryAt ? new Date(body.retryAt) : null;
  }
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Record<string, string | number | boolean | undefined | null | Array<string | number>>;
  signal?: AbortSignal;
}

function toQueryString(query: RequestOptions['query']): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) value.forEach((v) => params.append(key, String(v)));
    else params.set(key, String(value));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

export async function api<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`/api${path}${toQueryString(opts.query)}`, {
      method: opts.method ?? 'GET',
      credentials: 'same-origin',
      headers: opts.body !== undefined ? { 'content-type': 'application/json' } : {},
      body: opts.body !== undefined ? JSON.stringify(opts.body) : undefined,
      signal: opts.signal,
    });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiError({
      statusCode: 0,
      code: 'NETWORK',
      error: 'Network',
      message: 'Der Server ist nicht erreichbar. Bitte prüfen Sie Ihre Verbindung.',
      params: {},
    });
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  const data: unknown = text ? safeJson(text) : undefined;
  if (!res.ok) {
    const body = data as Partial<ApiErrorBody> | undefined;
    throw new ApiError({
      statusCode: res.status,
      code: body?.code ?? 'HTTP_ERROR',
      error: body?.error ?? res.statusText,
      message: body?.message ?? `Fehler ${res.status}`,
      params: body?.code ? (body.params ?? {}) : { status: String(res.status) },
      ...(body?.details ? { details: body.details } : {}),
      ...(body?.retryAt ? { retryAt: body.retryAt } : {}),
    });
  }
  return data as T;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
