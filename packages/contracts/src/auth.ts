import { z } from 'zod';
import './zod-german';
import { messageToken } from './messages';

export const RoleSchema = z.enum(['admin', 'manager', 'employee']);
export type Role = z.infer<typeof RoleSchema>;

export const LanguageSchema = z.enum(['de', 'en']);
export type Language = z.infer<typeof LanguageSchema>;

export const LoginRequestSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .email({ error: messageToken('FIELD_EMAIL_INVALID') })
    .max(254),
  password: z
    .string()
    .min(1, { error: messageToken('FIELD_PASSWORD_REQUIRED') })
    .max(200),
});
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

export const SessionUserSchema = z.object({
  id: z.number().int(),
  email: z.string(),
  name: z.string(),
  role: RoleSchema,
  language: LanguageSchema,
});
export type SessionUser = z.infer<typeof SessionUserSchema>;

export const MeResponseSchema = z.object({ user: SessionUserSchema, demo: z.boolean() });
export type MeResponse = z.infer<typeof MeResponseSchema>;

export const PreferencesRequestSchema = z.object({ language: LanguageSchema });
export type PreferencesRequest = z.infer<typeof PreferencesRequestSchema>;

/** What the login page may know before anyone signs in. */
export const LoginConfigSchema = z.object({
  demo: z.boolean(),
  demoLogin: z.object({ email: z.string(), password: z.string() }).nullable(),
});
export type LoginConfig = z.infer<typeof LoginConfigSchema>;
