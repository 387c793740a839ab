import * as z from 'zod/mini';
import { ROLES } from './role-names';

export * from './role-names';

export const roleSchema = z.enum(ROLES, { error: 'Elija un rol: administrador, planeacion, campo o consulta.' });
