import * as z from 'zod/mini';
import { ROLES } from './role-names';
import { officeMessage } from '../problems/office-field-messages';

export * from './role-names';

export const roleSchema = z.enum(ROLES, { error: officeMessage('account.role') });
