import * as z from 'zod/mini';
import { roleSchema, type Role } from './roles';
import { officeMessage } from '../problems/office-field-messages';

export const MIN_PASSWORD_LENGTH = 10;

/** A staff member as the API shows it (never the password hash). */
export interface StaffUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
}

const email = z.pipe(z.string({ error: officeMessage('account.email_missing') }).check(
  z.trim(),
  z.toLowerCase(),
  z.maxLength(254, { error: officeMessage('account.email_long') }),
), z.email({ error: officeMessage('account.email') }));
const name = z.string({ error: officeMessage('account.name_missing') }).check(z.trim(), z.minLength(2, { error: officeMessage('account.name_short') }), z.maxLength(120, { error: officeMessage('account.name_long') }));
const password = z.string({ error: officeMessage('account.password_missing') }).check(
  z.minLength(MIN_PASSWORD_LENGTH, { error: officeMessage('account.password_short', { min: MIN_PASSWORD_LENGTH }) }),
  z.maxLength(256, { error: officeMessage('account.password_long') }),
);

export const setupRequestSchema = z.strictObject({ token: z.string().check(z.minLength(1), z.maxLength(200)), email, name, password });
export const loginRequestSchema = z.strictObject({
  email: z.string({ error: officeMessage('account.email_missing') }).check(z.trim(), z.toLowerCase(), z.maxLength(254)),
  password: z.string({ error: officeMessage('account.password_missing') }).check(z.maxLength(256)),
});
export const newUserSchema = z.strictObject({ email, name, password, role: roleSchema });
export const userPatchSchema = z.strictObject({ role: z.optional(roleSchema), disabled: z.optional(z.boolean()), name: z.optional(name) });
