import type { Context } from 'hono';
import type { Audience } from '../../core/indicators/publish-breakdown';
import { principalOf } from '../auth/authorize';

/**
 * The planning office (planeación, administrador) sees exact small counts, marked as not publishable: it
 * holds the attendance list anyway. Everyone else (consulta, campo, devices, anonymous) gets them hidden.
 */
export function audienceOf(c: Context): Audience {
  const principal = principalOf(c);
  return principal?.kind === 'user' && (principal.role === 'administrador' || principal.role === 'planeacion') ? 'office' : 'public';
}
