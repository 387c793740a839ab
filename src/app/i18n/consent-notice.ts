import type { Language } from './index';

/**
 * The data-processing notice read to (or by) each attendee. Ley 1581 de 2012 asks for prior, express and
 * informed consent, so the version of the text the person saw is stored in every record
 * (payload.consent.textVersion). Changing a word of either language means a new version.
 */
export const CONSENT_TEXT_VERSION = 'asistencia-v1';

export const consentNotice: Record<Language, string> = {
  es:
    'La Alcaldía, responsable del tratamiento, recoge su nombre, documento y comuna o corregimiento solo para ' +
    'registrar su asistencia a este evento de rendición de cuentas y elaborar el listado oficial y los informes ' +
    'de participación (Ley 1581 de 2012). Usted puede conocer, actualizar, rectificar y suprimir sus datos y ' +
    'revocar esta autorización en la oficina de atención a la ciudadanía. Dar sus datos es voluntario.',
  en:
    'The Mayor’s office, as data controller, collects your name, document and comuna or corregimiento only to ' +
    'record your attendance at this public-accountability event and to produce the official list and ' +
    'participation reports (Colombian Law 1581 of 2012). You may access, update, correct and delete your data ' +
    'and withdraw this authorisation at the citizen service office. Giving your data is voluntary.',
};
