import type { PrivacyNotice } from '../attendance/privacy-notice';

/**
 * The habeas-data notice of a municipality that has not written its own yet: the same purposes and rights as
 * Medellín's, naming the entity. The office edits it in settings; each edit is a new version.
 */
export function privacyNoticeFor(entityName: string, version: string, effectiveFrom: string): PrivacyNotice {
  return {
    version,
    effectiveFrom,
    es: {
      title: 'Autorización para el tratamiento de datos personales',
      paragraphs: [
        `${entityName} es responsable del tratamiento de los datos que usted entrega en este registro (Ley 1581 de 2012 y Decreto 1377 de 2013).`,
        'Finalidades: dejar constancia de su asistencia a los espacios de rendición de cuentas, caracterizar a los grupos de valor con variables poblacionales, diferenciales y territoriales, garantizar ajustes de accesibilidad y, si deja un contacto, responder sus preguntas y enviarle las memorias del evento. Los informes públicos solo muestran cifras agregadas.',
        `Usted tiene derecho a conocer, actualizar, rectificar y suprimir sus datos y a revocar esta autorización, por los canales de atención a la ciudadanía de ${entityName}.`,
        'Si no autoriza, su asistencia se cuenta de forma anónima y no se guarda ningún dato personal.',
      ],
      sensitive:
        'Las preguntas sobre pertenencia étnica, discapacidad, orientación sexual, identidad de género, grupos diferenciales y organización que representa son datos sensibles: responderlas es voluntario y puede elegir «Prefiero no responder». Solo se guardan si usted lo autoriza de forma expresa.',
      accept: 'Autorizo el tratamiento de mis datos personales para estas finalidades.',
      acceptSensitive: 'Autorizo de forma expresa el tratamiento de los datos sensibles que decida responder.',
    },
    en: {
      title: 'Consent to the processing of personal data',
      paragraphs: [
        `${entityName} is responsible for the data you give in this record (Law 1581 of 2012 and Decree 1377 of 2013).`,
        'Purposes: to record your attendance at public-accountability events, to describe the groups taking part with population, differential and territorial variables, to provide accessibility support and, if you leave a contact, to answer your questions and send you the event\'s report. Public reports only show aggregate figures.',
        `You have the right to know, update, correct and delete your data and to withdraw this consent, through the citizen service channels of ${entityName}.`,
        'If you do not consent, your attendance is counted anonymously and no personal data is kept.',
      ],
      sensitive:
        'Questions on ethnic identity, disability, sexual orientation, gender identity, differential groups and the organisation you represent concern sensitive data: answering is voluntary and you may choose "Prefer not to answer". They are only kept if you expressly consent.',
      accept: 'I consent to the processing of my personal data for these purposes.',
      acceptSensitive: 'I expressly consent to the processing of the sensitive data I choose to give.',
    },
  };
}
