import * as z from 'zod/mini';
import { roleSchema, type Role } from './roles';

export const MIN_PASSWORD_LENGTH = 10;

/** A staff member as the API shows it (never the password hash). */
export interface StaffUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
}

const email = z.pipe(z.string({ error: 'Escriba el correo.' }).check(
  z.trim(),
  z.toLowerCase(),
  z.maxLength(254, { error: 'El correo es demasiado largo.' }),
), z.email({ error: 'Escriba un correo electrónico válido.' }));
const name = z.string({ error: 'Escriba el nombre.' }).check(z.trim(), z.minLength(2, { error: 'Escriba el nombre (mínimo 2 letras).' }), z.maxLength(120, { error: 'El nombre: máximo 120 caracteres.' }));
const password = z.string({ error: 'Escriba la contraseña.' }).check(
  z.minLength(MIN_PASSWORD_LENGTH, { error: `La contraseña debe tener al menos ${MIN_PASSWORD_LENGTH} caracteres.` }),
  z.maxLength(256, { error: 'La contraseña: máximo 256 caracteres.' }),
);

export const setupRequestSchema = z.strictObject({ token: z.string().check(z.minLength(1), z.maxLength(200)), email, name, password });
export const loginRequestSchema = z.strictObject({
  email: z.string({ error: 'Escriba el correo.' }).check(z.trim(), z.toLowerCase(), z.maxLength(254)),
  password: z.string({ error: 'Escriba la contraseña.' }).check(z.maxLength(256)),
});
export const newUserSchema = z.strictObject({ email, name, password, role: roleSchema });
export const userPatchSchema = z.strictObject({ role: z.optional(roleSchema), disabled: z.optional(z.boolean()), name: z.optional(name) });
