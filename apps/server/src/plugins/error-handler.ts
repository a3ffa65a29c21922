import fp from 'fastify-plugin';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ApiErrorBody, FieldError } from '@plainstaff/contracts/errors';
import { parseMessageToken } from '@plainstaff/contracts/messages';
import { coded, isMessageCode } from '@plainstaff/contracts/messages/catalog';
import { AppError, errorStatus, type ErrorCode } from '../errors';

const httpNames: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export function errorBody(err: AppError): ApiErrorBody {
  return {
    statusCode: err.statusCode,
    code: err.code,
    error: httpNames[err.statusCode] ?? 'Error',
    message: err.message,
    params: err.params,
    ...(err.details ? { details: err.details } : {}),
    ...(err.retryAt ? { retryAt: err.retryAt.toISOString() } : {}),
  };
}

/**
 * One field's zod issue: the contracts write their messages as tokens (code + params); zod's own
 * messages (wrong type, …) become FIELD_INVALID with zod's German text as the fallback.
 */
function fieldDetail(field: string, message: string | undefined): FieldError {
  const token = message ? parseMessageToken(message) : null;
  if (token && isMessageCode(token.code)) return { field, ...coded(token.code, token.params) };
  const fallback = coded('FIELD_INVALID');
  return { field, ...fallback, message: message || fallback.message };
}

/** Everything that is not already an AppError becomes one here, and only here. */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const e = err as FastifyError & { statusCode?: number; code?: string };
  if (hasZodFastifySchemaValidationErrors(e)) {
    const details = e.validation.map((v) =>
      fieldDetail(
        v.instancePath.replace(/^\//, '').replaceAll('/', '.') || String(e.validationContext ?? 'body'),
        v.message,
      ),
    );
    return new AppError('VALIDATION_FAILED', {}, details);
  }
  if (e.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return new AppError('UNSUPPORTED_MEDIA_TYPE');
  if (e.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return new AppError('BODY_TOO_LARGE');
  if (e.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || e.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
    return new AppError('MALFORMED_JSON');
  }
  if (e instanceof SyntaxError || e.statusCode === 400) return new AppError('MALFORMED_JSON');
  if (e.statusCode === 429) return new AppError('RATE_LIMITED');
  if (e.statusCode === 404) return new AppError('NOT_FOUND');
  return new AppError('INTERNAL');
}

export default fp(
  async (app) => {
    app.setErrorHandler((err: unknown, request: FastifyRequest, reply: FastifyReply) => {
      const appError = toAppError(err);
      if (appError.statusCode >= 500) {
        // 5xx detail stays in the log, never in the response.
        request.log.error({ err }, 'request failed');
      }
      void reply.status(appError.statusCode).send(errorBody(appError));
    });
  },
  { name: 'error-handler' },
);

export function isErrorCode(code: string): code is ErrorCode {
  return code in errorStatus;
}
