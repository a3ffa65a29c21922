import { z } from 'zod';
import './zod-german';
import { messageToken } from './messages';
import { RoleSchema } from './auth';
import { OptionalCentsField, RequiredText } from './fields';

const rateCents = z.number().int().min(0).max(100_000_00).nullable();

export const UserSchema = z.object({
  id: z.number().int(),
  email: z.string(),
  name: z.string(),
  role: RoleSchema,
  defaultRateCents: rateCents,
  active: z.boolean(),
  createdAt: z.string(),
});
export type User = z.infer<typeof UserSchema>;

const name = RequiredText(120, 'FIELD_NAME_REQUIRED');
const email = z
  .string()
  .trim()
  .toLowerCase()
  .email({ error: messageToken('FIELD_EMAIL_INVALID') })
  .max(254);
const password = z
  .string()
  .min(10, { error: messageToken('FIELD_PASSWORD_TOO_SHORT', { minimum: 10 }) })
  .max(200, { error: messageToken('FIELD_PASSWORD_TOO_LONG', { maximum: 200 }) });

export const CreateUserSchema = z.object({
  email,
  name,
  role: RoleSchema,
  password,
  defaultRateCents: OptionalCentsField.default(null),
});
export type CreateUser = z.output<typeof CreateUserSchema>;
export type CreateUserForm = z.input<typeof CreateUserSchema>;

export const UpdateUserSchema = z.object({
  email: email.optional(),
  name: name.optional(),
  role: RoleSchema.optional(),
  password: z.preprocess((v) => (v === '' ? undefined : v), password.optional()),
  defaultRateCents: OptionalCentsField.optional(),
  active: z.boolean().optional(),
});
export type UpdateUser = z.output<typeof UpdateUserSchema>;
export type UpdateUserForm = z.input<typeof UpdateUserSchema>;

export const UserListSchema = z.object({ items: z.array(UserSchema) });
export type UserList = z.infer<typeof UserListSchema>;
