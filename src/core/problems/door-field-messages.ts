import { fieldMessagesOf, type FieldMessageDefinition } from './field-message';

/**
 * The schemas' own field messages of a person's data, as the door staff or a citizen pre-registering meet them
 * (check-in, name, document, consent, population variables), in both languages, named by key: the part of the
 * field-message catalogue a citizen's form from a poster link does not load (citizen-field-messages.ts).
 */
export const doorFieldMessages = {
  // A check-in at the door and a registration.
  'check_in.event_missing': { es: 'Falta el evento.', en: 'The event is missing.' },
  'check_in.event_too_long': { es: 'El identificador del evento es demasiado largo.', en: 'The event id is too long.' },
  'check_in.event_characters': { es: 'El identificador del evento tiene caracteres no válidos.', en: 'The event id has characters that are not valid.' },
  'check_in.catalogue_version': { es: 'La versión del catálogo debe ser un número.', en: 'The catalogue version must be a number.' },
  'check_in.method': { es: 'Forma de registro desconocida: pase, cédula, lector o manual.', en: 'Unknown way of registering: pass, cédula, reader or manual.' },
  'check_in.checked_in_at': { es: 'La hora de llegada debe ser fecha y hora con zona horaria (ISO 8601).', en: 'The arrival time must be a date and time with a time zone (ISO 8601).' },
  'check_in.attendee_id': { es: 'El identificador de la persona inscrita no es válido.', en: 'The id of the registered person is not valid.' },
  'check_in.pass_needs_attendee': { es: 'Un registro con pase debe llevar el identificador de la persona inscrita.', en: 'A record made with a pass must carry the id of the registered person.' },
  'check_in.unknown_fields': { es: 'Campos no previstos en el registro: {keys}.', en: 'Fields not provided for in the record: {keys}.' },
  'check_in.anonymous_fields': {
    es: 'Un registro anónimo no puede llevar datos personales ni otros campos: quite {keys}.',
    en: 'An anonymous record cannot carry personal data or other fields: remove {keys}.',
  },
  'check_in.registered_fields': {
    es: 'La llegada de una persona inscrita solo lleva el evento, la hora, la forma y la inscripción: quite {keys}.',
    en: 'The arrival of a registered person carries only the event, the time, the way and the registration: remove {keys}.',
  },
  'check_in.undo_id': { es: 'El registro que se deshace debe ser un UUIDv7.', en: 'The record being undone must be a UUIDv7.' },
  'check_in.undone_at': {
    es: 'La hora en que se deshizo debe ser fecha y hora con zona horaria (ISO 8601).',
    en: 'The time it was undone must be a date and time with a time zone (ISO 8601).',
  },
  'entry.full_name_short': { es: 'Escriba el nombre completo (mínimo 3 letras).', en: 'Enter the full name (at least 3 letters).' },
  'entry.full_name_long': { es: 'El nombre es demasiado largo (máximo 200 caracteres).', en: 'The name is too long (at most 200 characters).' },
  'entry.document_number': {
    es: 'El número de documento debe tener de 3 a 20 letras o números, sin espacios.',
    en: 'The document number must have 3 to 20 letters or digits, without spaces.',
  },
  'registration.registered_at': {
    es: 'La hora de inscripción debe ser fecha y hora con zona horaria (ISO 8601).',
    en: 'The registration time must be a date and time with a time zone (ISO 8601).',
  },
  'registration.unknown_fields': { es: 'Campos no previstos en la inscripción: {keys}.', en: 'Fields not provided for in the registration: {keys}.' },
  'pass.code_format': { es: 'El código del pase no tiene el formato CAB1.', en: 'The pass code does not have the CAB1 format.' },
  // A person's data ({name} is one of the name fields, in the reader's language).
  'person.name_missing': { es: 'Escriba {name}.', en: 'Enter {name}.' },
  'person.name_short': { es: 'Escriba {name} (mínimo {min} letras).', en: 'Enter {name} (at least {min} letters).' },
  'person.name_long': { es: '{Name}: máximo 120 caracteres.', en: '{Name}: at most 120 characters.' },
  'person.name_letters': { es: 'Escriba {name} solo con letras.', en: 'Enter {name} using letters only.' },
  'person.name_or_parts': {
    es: 'Escriba el nombre completo o los nombres y apellidos por separado, no ambos.',
    en: 'Enter either the full name or the first names and surnames separately, not both.',
  },
  'person.first_names_missing': { es: 'Escriba los nombres.', en: 'Enter the first names.' },
  'person.surnames_missing': { es: 'Escriba los apellidos.', en: 'Enter the surnames.' },
  'person.sex_at_birth': { es: 'Elija el sexo al nacer de la lista.', en: 'Choose the sex at birth from the list.' },
  'person.gender_identity': { es: 'Elija una identidad de género de la lista.', en: 'Choose a gender identity from the list.' },
  'person.sexual_orientation': { es: 'Elija una orientación sexual de la lista.', en: 'Choose a sexual orientation from the list.' },
  'person.birth_date_format': { es: 'La fecha de nacimiento debe ser AAAA-MM-DD.', en: 'The date of birth must be YYYY-MM-DD.' },
  'person.birth_date_real': { es: 'La fecha de nacimiento debe ser una fecha real (AAAA-MM-DD).', en: 'The date of birth must be a real date (YYYY-MM-DD).' },
  'person.birth_date_range': {
    es: 'La fecha de nacimiento no puede ser posterior al registro ni de hace más de 120 años.',
    en: 'The date of birth cannot be after the record nor more than 120 years ago.',
  },
  'person.life_stage': { es: 'Elija un momento de curso de vida de la lista.', en: 'Choose a life stage from the list.' },
  'person.life_stage_mismatch': { es: 'El momento de curso de vida no corresponde a la fecha de nacimiento.', en: 'The life stage does not match the date of birth.' },
  'person.ethnicity': { es: 'Elija un autorreconocimiento étnico de la lista.', en: 'Choose an ethnic self-identification from the list.' },
  'person.disabilities': { es: 'Elija las discapacidades de la lista.', en: 'Choose the disabilities from the list.' },
  'person.differential_groups': { es: 'Elija los grupos de la lista.', en: 'Choose the groups from the list.' },
  'person.neighbourhood_text': { es: 'El barrio o vereda debe ser texto.', en: 'The neighbourhood or vereda must be text.' },
  'person.neighbourhood_short': { es: 'Escriba el barrio o la vereda (mínimo 2 letras).', en: 'Enter the neighbourhood or the vereda (at least 2 letters).' },
  'person.neighbourhood_long': { es: 'El barrio o vereda: máximo 120 caracteres.', en: 'The neighbourhood or vereda: at most 120 characters.' },
  'person.organisation_type': { es: 'Elija el tipo de organización de la lista.', en: 'Choose the type of organisation from the list.' },
  'person.organisation_name_text': { es: 'El nombre de la organización debe ser texto.', en: 'The name of the organisation must be text.' },
  'person.organisation_name_short': { es: 'Escriba el nombre de la organización (mínimo 2 letras).', en: 'Enter the name of the organisation (at least 2 letters).' },
  'person.organisation_name_long': { es: 'El nombre de la organización: máximo 200 caracteres.', en: 'The name of the organisation: at most 200 characters.' },
  'person.phone_text': { es: 'El teléfono debe ser texto.', en: 'The phone must be text.' },
  'person.phone': { es: 'Escriba un teléfono de 7 a 15 dígitos (puede empezar por +).', en: 'Enter a phone number of 7 to 15 digits (it may start with +).' },
  'person.email_text': { es: 'El correo debe ser texto.', en: 'The email must be text.' },
  'person.email_long': { es: 'El correo es demasiado largo.', en: 'The email is too long.' },
  'person.email': { es: 'Escriba un correo electrónico válido, por ejemplo nombre@dominio.co.', en: 'Enter a valid email address, for example name@domain.co.' },
  'person.contact_missing': { es: 'Para dejar un contacto escriba un teléfono o un correo.', en: 'To leave a contact, enter a phone number or an email.' },
  'person.accessibility_needs': { es: 'Elija las necesidades de accesibilidad de la lista.', en: 'Choose the accessibility needs from the list.' },
  'person.accessibility_other_text': { es: 'La necesidad de accesibilidad debe ser texto.', en: 'The accessibility need must be text.' },
  'person.accessibility_other_short': { es: 'Describa la necesidad de accesibilidad.', en: 'Describe the accessibility need.' },
  'person.accessibility_other_long': { es: 'La necesidad de accesibilidad: máximo 300 caracteres.', en: 'The accessibility need: at most 300 characters.' },
  'person.accessibility_other_missing': { es: 'Describa la otra necesidad de accesibilidad.', en: 'Describe the other accessibility need.' },
  'person.sensitive_without_consent': {
    es: 'Para guardar datos sensibles se necesita la autorización expresa de la persona; si no la da, deje esas preguntas sin responder.',
    en: "Sensitive data can be kept only with the person's express authorisation; without it, leave those questions unanswered.",
  },
  // The identity document.
  'document.type': { es: 'Elija un tipo de documento de la lista.', en: 'Choose a document type from the list.' },
  'document.number_text': { es: 'El número de documento debe ser texto.', en: 'The document number must be text.' },
  'document.number': { es: 'El número de documento debe tener de 3 a 20 letras o números.', en: 'The document number must have 3 to 20 letters or digits.' },
  'document.number_without_document': { es: 'Si la persona no tiene documento, deje el número vacío.', en: 'If the person has no document, leave the number empty.' },
  'document.number_missing': { es: 'Escriba el número de documento o elija «Sin documento».', en: 'Enter the document number or choose "No document".' },
  // Consent to data treatment (Ley 1581).
  'consent.not_accepted': {
    es: 'Sin la autorización de tratamiento de datos no se pueden guardar datos personales.',
    en: 'Without the authorisation to process data, no personal data can be saved.',
  },
  'consent.notice_version': {
    es: 'La versión del aviso de privacidad no existe; actualice la aplicación.',
    en: 'That version of the privacy notice does not exist; update the application.',
  },
  'consent.sensitive_yes_no': { es: 'La autorización de datos sensibles debe ser sí o no.', en: 'The authorisation for sensitive data must be yes or no.' },
  'consent.missing': { es: 'Falta la autorización de tratamiento de datos.', en: 'The authorisation to process data is missing.' },
} as const satisfies Record<string, FieldMessageDefinition>;

export type DoorFieldMessageKey = keyof typeof doorFieldMessages;

export const { message: doorMessage, text: doorText } = fieldMessagesOf<DoorFieldMessageKey>(doorFieldMessages);
