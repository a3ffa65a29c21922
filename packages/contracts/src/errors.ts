import { z } from 'zod';
import './zod-german';
import { CodedMessageSchema, MessageParamsSchema } from './messages';

/** A problem with one field: the field's path and a coded message (messages.ts). */
export const FieldErrorSchema = CodedMessageSchema.extend({ field: z.string() });
export type FieldError = z.infer<typeof FieldErrorSchema>;

/**
 * The one error shape every API failure has on the wire: `code` + `params` name the message (the SPA
 * renders them in the UI language), `message` is its German text for logs and API clients.
 */
export const ApiErrorBodySchema = z.object({
  statusCode: z.number().int(),
  code: z.string(),
  error: z.string(),
  message: z.string(),
  params: MessageParamsSchema,
  details: z.array(FieldErrorSchema).optional(),
  retryAt: z.string().optional(),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBodySchema>;
