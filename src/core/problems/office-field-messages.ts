import { fieldMessagesOf, type FieldMessageDefinition } from './field-message';

/**
 * The schemas' own field messages of the office's screens and the server's administration (events, commitments,
 * accounts and devices, the escuchadero's answers, the entity's settings), in both languages, named by key: the
 * part of the field-message catalogue no citizen page loads (citizen-field-messages.ts is the other). The messages
 * only the server writes (a request's shape, a query's values) are here too, whoever asked: no page needs them.
 */
export const officeFieldMessages = {
  // Events ({when}: "de inicio", "de fin"… in the reader's language).
  'event.date_time_missing': { es: 'Escriba la fecha y la hora {when}.', en: 'Enter the {when} date and time.' },
  'event.date_time_invalid': {
    es: 'Revise la fecha y la hora {when}: elija el día en el calendario y la hora.',
    en: 'Check the {when} date and time: pick the day on the calendar and the time.',
  },
  'event.name_missing': { es: 'Escriba el nombre del evento.', en: 'Enter the name of the event.' },
  'event.name_short': { es: 'Escriba el nombre del evento (mínimo 3 caracteres).', en: 'Enter the name of the event (at least 3 characters).' },
  'event.name_long': { es: 'El nombre del evento: máximo 200 caracteres.', en: 'The name of the event: at most 200 characters.' },
  'event.type': { es: 'Elija el tipo de evento de la lista.', en: 'Choose the type of event from the list.' },
  'event.murc_stage': { es: 'Elija la etapa del MURC de la lista.', en: 'Choose the MURC stage from the list.' },
  'event.office': { es: 'Elija la dependencia responsable de la lista.', en: 'Choose the responsible office from the list.' },
  'event.place_text': { es: 'El lugar debe ser texto.', en: 'The place must be text.' },
  'event.place_short': { es: 'Escriba el lugar (mínimo 3 caracteres).', en: 'Enter the place (at least 3 characters).' },
  'event.place_long': { es: 'El lugar: máximo 300 caracteres.', en: 'The place: at most 300 characters.' },
  'event.online_url': {
    es: 'El enlace de la transmisión debe ser una dirección web (https://…).',
    en: 'The broadcast link must be a web address (https://…).',
  },
  'event.modality': { es: 'Elija la modalidad: presencial, virtual o mixta.', en: 'Choose the modality: in person, online or hybrid.' },
  'event.attendance_missing': { es: 'Escriba el número de asistentes esperados.', en: 'Enter the expected number of attendees.' },
  'event.attendance_integer': { es: 'Los asistentes esperados deben ser un número entero.', en: 'The expected attendees must be a whole number.' },
  'event.attendance_negative': { es: 'Los asistentes esperados no pueden ser negativos.', en: 'The expected attendees cannot be negative.' },
  'event.attendance_max': { es: 'Los asistentes esperados: máximo 100 000.', en: 'The expected attendees: at most 100,000.' },
  'event.topics': { es: 'Elija los temas de la lista.', en: 'Choose the topics from the list.' },
  'event.topics_too_many': { es: 'Hay más temas de los que existen.', en: 'There are more topics than exist.' },
  'event.topic_repeated': { es: 'Un tema está repetido.', en: 'A topic is repeated.' },
  'event.interpreter': {
    es: 'Indique si hay intérprete de lengua de señas reservado (sí o no).',
    en: 'Say whether a sign language interpreter is booked (yes or no).',
  },
  'event.status': { es: 'Estado desconocido: planeado, abierto o cerrado.', en: 'Unknown status: planned, open or closed.' },
  'event.objective_text': { es: 'El objetivo debe ser texto.', en: 'The objective must be text.' },
  'event.objective_long': { es: 'El objetivo: máximo 2000 caracteres.', en: 'The objective: at most 2000 characters.' },
  'event.ends_before_start': { es: 'El fin debe ser posterior al inicio.', en: 'The end must be after the start.' },
  'event.place_needed': { es: 'Un evento presencial o mixto necesita el lugar.', en: 'An in-person or hybrid event needs the place.' },
  'event.id': {
    es: 'El identificador del evento debe tener minúsculas, números o guiones (máximo 64).',
    en: 'The event id must have lowercase letters, digits or hyphens (at most 64).',
  },
  'event.unknown_fields': { es: 'Campos no previstos en el evento: {keys}.', en: 'Fields not provided for in the event: {keys}.' },
  'event.revision': { es: 'La revisión empieza en 1.', en: 'The revision starts at 1.' },
  'event.id_invalid': { es: 'El identificador del evento no es válido.', en: 'The event id is not valid.' },
  // An event as the server reads a request for it (events resource).
  'event.id_missing': { es: 'Falta el identificador del evento.', en: 'The event id is missing.' },
  'event.revision_missing': { es: 'Indique la revisión del evento que se editó.', en: 'Give the revision of the event that was edited.' },
  'event.revision_integer': { es: 'La revisión debe ser un número entero.', en: 'The revision must be a whole number.' },
  'event.body_object': { es: 'Envíe el evento como un objeto JSON.', en: 'Send the event as a JSON object.' },
  'event.edit_body': { es: 'Envíe {revision, event}.', en: 'Send {revision, event}.' },
  'event.edit_event': { es: 'Envíe los datos del evento.', en: "Send the event's data." },
  'event.id_mismatch': { es: 'El identificador no corresponde al evento de la dirección.', en: 'The id does not match the event in the address.' },
  // Commitments ({what}: which date or id, in the reader's language).
  'commitment.date': { es: '{What} debe ser una fecha AAAA-MM-DD.', en: '{What} must be a date YYYY-MM-DD.' },
  'commitment.id': { es: '{What} no es un identificador válido.', en: '{What} is not a valid id.' },
  'commitment.title_short': { es: 'Escriba el compromiso (5 caracteres o más).', en: 'Enter the commitment (5 characters or more).' },
  'commitment.title_long': { es: 'El compromiso admite hasta 300 caracteres.', en: 'The commitment takes up to 300 characters.' },
  'commitment.description_long': { es: 'La descripción admite hasta 4.000 caracteres.', en: 'The description takes up to 4,000 characters.' },
  'commitment.office': { es: 'Elija la dependencia responsable.', en: 'Choose the responsible office.' },
  'commitment.percent': { es: 'El porcentaje es un número de 0 a 100.', en: 'The percentage is a number from 0 to 100.' },
  'commitment.state': { es: 'Elija un estado: pendiente, en curso o cumplido.', en: 'Choose a state: pending, in progress or fulfilled.' },
  'commitment.progress_short': { es: 'Cuente en una frase qué se hizo.', en: 'Say in one sentence what was done.' },
  'commitment.progress_long': { es: 'El avance admite hasta 2.000 caracteres.', en: 'The progress update takes up to 2,000 characters.' },
  'commitment.evidence_url': { es: 'La evidencia debe ser un enlace http(s).', en: 'The evidence must be an http(s) link.' },
  'commitment.fulfilled_percent': { es: 'Un compromiso cumplido tiene 100 % de avance.', en: 'A fulfilled commitment has 100% progress.' },
  'commitment.office_listed': { es: 'Elija la dependencia responsable de la lista.', en: 'Choose the responsible office from the list.' },
  // The device's own words where zod's length check says nothing useful about a blank choice.
  'commitment.event_choose': { es: 'Elija el evento en el que se hizo el compromiso.', en: 'Choose the event where the commitment was made.' },
  'commitment.due_date_choose': { es: 'Elija la fecha de cumplimiento (día, mes y año).', en: 'Choose the due date (day, month and year).' },
  'commitment.progress_date_choose': { es: 'Elija la fecha del avance (día, mes y año).', en: 'Choose the date of the progress update (day, month and year).' },
  'commitment.update_mismatch': { es: 'El avance debe ser del compromiso de la dirección.', en: 'The progress update must be for the commitment in the address.' },
  'commitment.status_filter': {
    es: 'Elija un estado: pendiente, en curso, cumplido o vencido.',
    en: 'Choose a status: pending, in progress, fulfilled or overdue.',
  },
  // Accounts, roles and devices.
  'account.email_missing': { es: 'Escriba el correo.', en: 'Enter the email.' },
  'account.email_long': { es: 'El correo es demasiado largo.', en: 'The email is too long.' },
  'account.email': { es: 'Escriba un correo electrónico válido.', en: 'Enter a valid email address.' },
  'account.name_missing': { es: 'Escriba el nombre.', en: 'Enter the name.' },
  'account.name_short': { es: 'Escriba el nombre (mínimo 2 letras).', en: 'Enter the name (at least 2 letters).' },
  'account.name_long': { es: 'El nombre: máximo 120 caracteres.', en: 'The name: at most 120 characters.' },
  'account.password_missing': { es: 'Escriba la contraseña.', en: 'Enter the password.' },
  'account.password_short': { es: 'La contraseña debe tener al menos {min} caracteres.', en: 'The password must have at least {min} characters.' },
  'account.password_long': { es: 'La contraseña: máximo 256 caracteres.', en: 'The password: at most 256 characters.' },
  'account.role': { es: 'Elija un rol: administrador, planeacion, campo o consulta.', en: 'Choose a role: administrador, planeacion, campo or consulta.' },
  'account.events_max': { es: 'Máximo {max} eventos por cuenta.', en: 'At most {max} events per account.' },
  'device.label_missing': { es: 'Escriba un nombre para el dispositivo.', en: 'Enter a name for the device.' },
  'device.label_long': { es: 'El nombre del dispositivo: máximo 80 caracteres.', en: 'The name of the device: at most 80 characters.' },
  'device.id': { es: 'El identificador del dispositivo no es válido.', en: 'The device id is not valid.' },
  'device.ttl_max': { es: 'Máximo {max} minutos.', en: 'At most {max} minutes.' },
  // The escuchadero's answers and publication.
  'case.moment': { es: 'Escriba fecha y hora con zona horaria (ISO 8601).', en: 'Enter a date and time with a time zone (ISO 8601).' },
  'case.answer_missing': { es: 'Escriba la respuesta.', en: 'Enter the answer.' },
  'case.answer_long': { es: 'La respuesta es demasiado larga (máximo 8000 caracteres).', en: 'The answer is too long (at most 8000 characters).' },
  'case.office': { es: 'Elija la dependencia de la lista.', en: 'Choose the office from the list.' },
  'case.status': { es: 'Estado desconocido: received, assigned, answered o closed.', en: 'Unknown status: received, assigned, answered or closed.' },
  'tracking.codes': { es: 'Envíe la lista de códigos de seguimiento.', en: 'Send the list of tracking codes.' },
  'tracking.codes_max': { es: 'Máximo {max} códigos por consulta.', en: 'At most {max} codes per request.' },
  'publication.published': { es: 'Indique si se publica (true) o no (false).', en: 'Say whether it is published (true) or not (false).' },
  // The public lists' filters (/rendicion and its JSON).
  'public.office': { es: 'Elija una dependencia de la lista.', en: 'Choose an office from the list.' },
  'public.topic': { es: 'Elija un tema de la lista.', en: 'Choose a topic from the list.' },
  // Form definitions as the server stores them, and their links ({kinds}: the kinds of answer, joined in the reader's language).
  'form.definition_object': { es: 'Envíe la definición completa del formulario.', en: 'Send the whole form definition.' },
  'form.id_mismatch': { es: 'El identificador no coincide con el de la dirección.', en: 'The id does not match the one in the address.' },
  'form.version_missing': { es: 'Indique la versión que editó.', en: 'Give the version you edited.' },
  'form.field_kind_changed': {
    es: 'La pregunta «{id}» ya se publicó con otro tipo de respuesta ({kind}); use otro identificador.',
    en: 'The question “{id}” was already published with another kind of answer ({kind}); use another id.',
  },
  'form.escuchadero_field': {
    es: 'El escuchadero necesita la pregunta «{id}» ({kinds}): la bandeja de planeación la lee.',
    en: "The escuchadero needs the question “{id}” ({kinds}): the planning office's inbox reads it.",
  },
  'form.answer_limit': { es: 'Elija el límite de respuestas: none, perPerson o perDevice.', en: 'Choose the answer limit: none, perPerson or perDevice.' },
  'form.link_event_missing': { es: 'Indique el evento.', en: 'Give the event.' },
  // A registration made online (its payload's own messages are the door part's).
  'registration.body_object': { es: 'Envíe la inscripción como un objeto JSON.', en: 'Send the registration as a JSON object.' },
  'registration.device_text': { es: 'El dispositivo debe ser texto.', en: 'The device must be text.' },
  'registration.event_mismatch': {
    es: 'La inscripción es de otro evento que el de la dirección.',
    en: 'The registration is for another event than the one in the address.',
  },
  // Habeas data, the audit log, open data and malformed HTTP.
  'people.document_number': {
    es: 'El número de documento debe tener de 3 a 20 letras o números.',
    en: 'The document number must have 3 to 20 letters or digits.',
  },
  'audit.before': { es: 'Use el valor next de la página anterior.', en: 'Use the next value of the previous page.' },
  'open_data.table': { es: 'Tabla desconocida: use indicadores o caracterizacion.', en: 'Unknown table: use indicadores or caracterizacion.' },
  'request.http_malformed': { es: 'La solicitud HTTP está mal formada.', en: 'The HTTP request is malformed.' },
  // A device's download.
  'pull.event_id': { es: 'Cada evento debe ser un identificador de minúsculas, números o guiones.', en: 'Each event must be an id of lowercase letters, digits or hyphens.' },
  'pull.events_empty': {
    es: 'Indique al menos un evento, o quite el parámetro para recibir todos.',
    en: 'Give at least one event, or leave the parameter out to receive all.',
  },
  'pull.events_max': { es: 'Máximo {max} eventos por descarga.', en: 'At most {max} events per download.' },
} as const satisfies Record<string, FieldMessageDefinition>;

export type OfficeFieldMessageKey = keyof typeof officeFieldMessages;

export const { message: officeMessage, text: officeText, textIn: officeTextIn } = fieldMessagesOf<OfficeFieldMessageKey>(officeFieldMessages);
