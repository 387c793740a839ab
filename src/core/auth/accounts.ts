import { z } from 'zod';
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

const email = z
  .string({ error: 'Escriba el correo.' })
  .trim()
  .toLowerCase()
  .max(254, { error: 'El correo es demasiado largo.' })
  .pipe(z.email({ error: 'Escriba un correo electrónico válido.' }));
const name = z.string({ error: 'Escriba el nombre.' }).trim().min(2, { error: 'Escriba el nombre (mínimo 2 letras).' }).max(120, { error: 'El nombre: máximo 120 caracteres.' });
const password = z
  .string({ error: 'Escriba la contraseña.' })
  .min(MIN_PASSWORD_LENGTH, { error: `La contraseña debe tener al menos ${MIN_PASSWORD_LENGTH} caracteres.` })
  .max(256, { error: 'La contraseña: máximo 256 caracteres.' });

export const setupRequestSchema = z.strictObject({ token: z.string().min(1).max(200), email, name, password });
export const loginRequestSchema = z.strictObject({
  email: z.string({ error: 'Escriba el correo.' }).trim().toLowerCase().max(254),
  password: z.string({ error: 'Escriba la contraseña.' }).max(256),
});
export const newUserSchema = z.strictObject({ email, name, password, role: roleSchema });
export const userPatchSchema = z.strictObject({ role: roleSchema.optional(), disabled: z.boolean().optional(), name: name.optional() });
