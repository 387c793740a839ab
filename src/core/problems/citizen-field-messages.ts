import { fieldMessagesOf, type FieldMessageDefinition } from './field-message';

/**
 * The schemas' own field messages a citizen or the door staff can meet (a form's answers, a registration, a
 * person's data at the door, the consent), in both languages, named by key. Like the problem catalogue, in two
 * parts: this one loads with a citizen's pages, office-field-messages.ts only with the office's screens.
 * Spanish is the wire's text (tests and stored problems hold it): change it only on purpose.
 */
export const citizenFieldMessages = {
  // A form's answers: {q} is the question as the person read it, quoted, in their language.
  'answers.not_object': { es: 'Las respuestas deben ser un objeto con una entrada por pregunta.', en: 'The answers must be an object with one entry per question.' },
  'answers.unknown_question': { es: 'Esta respuesta no corresponde a ninguna pregunta de este formulario.', en: 'This answer does not belong to any question of this form.' },
  'answers.required': { es: 'Responda {q}.', en: 'Answer {q}.' },
  'answers.consent_required': { es: 'Para continuar, lea y acepte {q}.', en: 'To continue, read and accept {q}.' },
  'answers.hidden': {
    es: 'La pregunta {q} no aplica según las respuestas anteriores; quite esta respuesta.',
    en: 'The question {q} does not apply given the previous answers; remove this answer.',
  },
  'answers.number': { es: 'En {q} escriba un número.', en: 'In {q}, enter a number.' },
  'answers.integer': { es: 'En {q} escriba un número entero.', en: 'In {q}, enter a whole number.' },
  'answers.number_between': { es: 'En {q} escriba un número entre {min} y {max}.', en: 'In {q}, enter a number between {min} and {max}.' },
  'answers.number_at_least': { es: 'En {q} escriba un número mayor o igual que {min}.', en: 'In {q}, enter a number greater than or equal to {min}.' },
  'answers.number_at_most': { es: 'En {q} escriba un número menor o igual que {max}.', en: 'In {q}, enter a number less than or equal to {max}.' },
  'answers.date': { es: 'En {q} escriba una fecha válida (AAAA-MM-DD).', en: 'In {q}, enter a valid date (YYYY-MM-DD).' },
  'answers.date_between': { es: 'En {q} escriba una fecha entre {min} y {max}.', en: 'In {q}, enter a date between {min} and {max}.' },
  'answers.date_from': { es: 'En {q} escriba una fecha igual o posterior a {min}.', en: 'In {q}, enter a date on or after {min}.' },
  'answers.date_until': { es: 'En {q} escriba una fecha igual o anterior a {max}.', en: 'In {q}, enter a date on or before {max}.' },
  'answers.choice': { es: 'En {q} elija una opción de la lista.', en: 'In {q}, choose an option from the list.' },
  'answers.territory': { es: 'En {q} elija {territory} de la lista.', en: 'In {q}, choose {territory} from the list.' },
  'answers.rating': { es: 'En {q} elija un valor de {min} a {max}.', en: 'In {q}, choose a value from {min} to {max}.' },
  'answers.yes_no': { es: 'En {q} responda sí o no.', en: 'In {q}, answer yes or no.' },
  'answers.consent_not_accepted': { es: 'Sin aceptar {q} no se pueden guardar estos datos.', en: 'Without accepting {q}, these data cannot be saved.' },
  'answers.consent_stale': {
    es: 'La autorización aceptada en {q} no corresponde a la versión vigente del aviso; léalo y acéptelo de nuevo.',
    en: 'The authorisation accepted in {q} is not for the current version of the notice; read it and accept it again.',
  },
  'answers.consent_box': { es: 'Para {q} marque la casilla de aceptación.', en: 'For {q}, tick the acceptance box.' },
  'answers.text': { es: 'En {q} escriba un texto.', en: 'In {q}, enter some text.' },
  'answers.text_too_short': { es: 'La respuesta a {q} es demasiado corta (mínimo {min} caracteres).', en: 'The answer to {q} is too short (at least {min} characters).' },
  'answers.text_too_long': { es: 'La respuesta a {q} es demasiado larga (máximo {max} caracteres).', en: 'The answer to {q} is too long (at most {max} characters).' },
  'answers.email': { es: 'En {q} escriba un correo electrónico válido.', en: 'In {q}, enter a valid email address.' },
  'answers.phone': { es: 'En {q} escriba un número de teléfono válido.', en: 'In {q}, enter a valid phone number.' },
  'answers.picks': { es: 'En {q} elija opciones de la lista.', en: 'In {q}, choose options from the list.' },
  'answers.picks_repeated': { es: 'En {q} no repita opciones.', en: 'In {q}, do not repeat options.' },
  'answers.picks_at_least': { es: 'En {q} elija al menos {min} opciones.', en: 'In {q}, choose at least {min} options.' },
  'answers.picks_at_most_one': { es: 'En {q} elija como máximo una opción.', en: 'In {q}, choose at most one option.' },
  'answers.picks_at_most': { es: 'En {q} elija como máximo {max} opciones.', en: 'In {q}, choose at most {max} options.' },
  // A form submission's envelope.
  'submission.event_id': { es: 'El identificador del evento no es válido.', en: 'The event id is not valid.' },
  'submission.link_signature': { es: 'La firma del enlace no es válida.', en: 'The link signature is not valid.' },
  'submission.answers_object': { es: 'Las respuestas deben ser un objeto.', en: 'The answers must be an object.' },
  'submission.form_version_unknown': { es: 'Esta versión del formulario no está disponible.', en: 'This version of the form is not available.' },
  'submission.tracking_code_missing': { es: 'Un mensaje del escuchadero necesita su código de seguimiento.', en: 'A message to the escuchadero needs its tracking code.' },
  'escuchadero.tracking_code': { es: 'El código de seguimiento no es válido.', en: 'The tracking code is not valid.' },
  // Any record's envelope.
  'record.id': { es: 'Debe ser un UUIDv7 en minúsculas.', en: 'Must be a lowercase UUIDv7.' },
  'record.device_id': { es: 'El identificador del dispositivo tiene caracteres no válidos.', en: 'The device id has characters that are not valid.' },
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
  // Choices from a catalogue ({territory}: the entity's divisions with their article, core territoryChoice).
  'territory.choice': { es: 'Elija {territory} de la lista.', en: 'Choose {territory} from the list.' },
  'choices.too_many': { es: 'Hay más opciones marcadas de las que existen.', en: 'More options are ticked than exist.' },
  'choices.repeated': { es: 'Una opción está marcada dos veces.', en: 'An option is ticked twice.' },
  'choices.exclusive': {
    es: '«Ninguna» o «Prefiero no responder» no se pueden combinar con otras opciones.',
    en: '"None" or "Prefer not to answer" cannot be combined with other options.',
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
  // Form definitions and catalogues: written in the office's editor, and checked again by a citizen's device (a
  // fetched definition, the built-in catalogues), so their messages load with the citizen's pages.
  'definition.field_id': {
    es: 'El identificador debe empezar por letra y tener solo minúsculas, números y «_».',
    en: 'The id must start with a letter and have only lowercase letters, digits and "_".',
  },
  'definition.option_value': {
    es: 'El valor de la opción solo admite letras, números, «.», «_» y «-».',
    en: 'The option value takes only letters, digits, ".", "_" and "-".',
  },
  'definition.date': { es: 'Escriba la fecha como AAAA-MM-DD.', en: 'Write the date as YYYY-MM-DD.' },
  'definition.options_empty': { es: 'Añada al menos una opción.', en: 'Add at least one option.' },
  'definition.text_es_missing': { es: 'Falta el texto en español.', en: 'The Spanish text is missing.' },
  'definition.text_en_missing': { es: 'Falta el texto en inglés.', en: 'The English text is missing.' },
  'definition.form_id': { es: 'El identificador del formulario solo admite minúsculas, números y «-».', en: 'The form id takes only lowercase letters, digits and "-".' },
  'definition.no_fields': { es: 'El formulario necesita al menos una pregunta.', en: 'The form needs at least one question.' },
  'definition.section_repeated': { es: 'La sección «{section}» está repetida.', en: 'The section “{section}” is repeated.' },
  'definition.section_missing': { es: 'Este formulario tiene secciones: indique la sección de la pregunta.', en: 'This form has sections: give the section of the question.' },
  'definition.section_unknown': { es: 'La sección «{section}» no existe.', en: 'The section “{section}” does not exist.' },
  'definition.section_order': {
    es: 'Las preguntas de una sección van juntas y en el orden de las secciones.',
    en: "A section's questions go together and in the order of the sections.",
  },
  'definition.id_repeated': { es: 'El identificador «{id}» está repetido.', en: 'The id “{id}” is repeated.' },
  'definition.condition_later': {
    es: 'La condición solo puede depender de preguntas anteriores; «{field}» no lo es.',
    en: 'The condition can depend only on earlier questions; “{field}” is not one.',
  },
  'definition.condition_value': {
    es: 'La condición compara «{field}» con un valor que esa pregunta no puede tener.',
    en: 'The condition compares “{field}” with a value that question cannot have.',
  },
  'definition.options_repeated': { es: 'Hay opciones con el mismo valor.', en: 'Some options have the same value.' },
  'definition.min_over_max': { es: 'El mínimo no puede ser mayor que el máximo.', en: 'The minimum cannot be greater than the maximum.' },
  'definition.picks_over_options': { es: 'Se piden más elecciones de las opciones que hay.', en: 'More choices are asked for than there are options.' },
  'definition.catalogue_missing': { es: 'El catálogo de opciones de esta pregunta no existe.', en: "This question's catalogue of options does not exist." },
  'definition.catalogue_short': { es: 'El catálogo no tiene opciones suficientes para esta pregunta.', en: 'The catalogue does not have enough options for this question.' },
  'catalogue.topic_code_repeated': { es: 'El código «{code}» está repetido.', en: 'The code “{code}” is repeated.' },
  'catalogue.topic_parent': {
    es: 'Cada programa debe pertenecer a un componente del catálogo, y los componentes no tienen padre.',
    en: 'Each programme must belong to a component of the catalogue, and components have no parent.',
  },
  'catalogue.sensitive_no_answer': {
    es: 'Un catálogo de datos sensibles debe incluir la opción «{code}» (Prefiero no responder).',
    en: 'A catalogue of sensitive data must include the option “{code}” (Prefer not to answer).',
  },
  'privacy.version_repeated': { es: 'Cada versión del aviso de privacidad debe ser única.', en: 'Each version of the privacy notice must be unique.' },
} as const satisfies Record<string, FieldMessageDefinition>;

export type CitizenFieldMessageKey = keyof typeof citizenFieldMessages;

export const { message: citizenMessage, text: citizenText } = fieldMessagesOf<CitizenFieldMessageKey>(citizenFieldMessages);
