/**
 * Spanish texts of "Mis preguntas" (/seguimiento): loaded by that page alone (a text area, i18n/index.ts), so the
 * citizen's form does not carry them. Its title stays in the shell. English twin in tracking.en.ts.
 */
export const trackingEs = {
  'tracking.nav': 'Mis preguntas',
  'tracking.intro': 'Los mensajes del escuchadero enviados desde este dispositivo y los códigos que consulte. Las respuestas llegan al sincronizar.',
  'tracking.news': 'Su pregunta fue respondida',
  'tracking.lookupTitle': '¿Tiene otro código?',
  'tracking.codeLabel': 'Consultar un código de seguimiento',
  'tracking.codeHint': 'Ocho letras y números, por ejemplo ACDE-FHJK.',
  'tracking.lookUp': 'Consultar',
  'tracking.found': 'Código encontrado: está en la lista.',
  'tracking.keptOffline': 'Sin conexión: el código quedó en la lista y se consultará al sincronizar.',
  'tracking.listTitle': 'Códigos en este dispositivo',
  'tracking.empty': 'Aún no hay códigos en este dispositivo.',
  'tracking.answered': 'Su pregunta fue respondida:',
  'tracking.answeredAt': 'Respondida: {time}',
  'tracking.status.received': 'Recibida: la administración la asignará a una dependencia.',
  'tracking.status.assigned': 'En trámite: asignada a una dependencia.',
  'tracking.status.answered': 'Respondida.',
  'tracking.due': 'Plazo de respuesta: {date}',
  'tracking.stillHere': 'Guardada en este dispositivo, pendiente de envío.',
  'tracking.noNews': 'Aún sin noticias del servidor.',
  'tracking.checkNow': 'Consultar ahora',
  'tracking.checking': 'Consultando…',
} as const;
