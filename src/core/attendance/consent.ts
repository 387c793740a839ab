import * as z from 'zod/mini';
import { defaultPrivacyNotices, noticeVersions, type PrivacyNotices } from './privacy-notice';

/**
 * Consent of a full record (Ley 1581 de 2012): prior, express and tied to the notice version shown.
 * Sensitive data (art. 6) needs its own express authorisation: `sensitiveData: true`.
 */
export const consentV2 = (notices: PrivacyNotices = defaultPrivacyNotices) =>
  z.object(
    {
      accepted: z.literal(true, { error: 'Sin la autorización de tratamiento de datos no se pueden guardar datos personales.' }),
      textVersion: z.enum(noticeVersions(notices), {
        error: 'La versión del aviso de privacidad no existe; actualice la aplicación.',
      }),
      sensitiveData: z.optional(z.boolean({ error: 'La autorización de datos sensibles debe ser sí o no.' })),
    },
    { error: 'Falta la autorización de tratamiento de datos.' },
  );

export type ConsentV2 = z.infer<ReturnType<typeof consentV2>>;
