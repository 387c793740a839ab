import { fieldMessagesOf, type FieldMessageDefinition } from './field-message';

/**
 * The schemas' own field messages a citizen can meet on a form from a poster link (its answers, the submission, the
 * definition and catalogues it is checked against), in both languages, named by key. Like the problem catalogue,
 * in parts that load with the pages that need them: this one with a citizen's form, door-field-messages.ts with the
 * door and the pre-registration (a person's data), office-field-messages.ts with the office's screens.
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
  // Choices from a catalogue ({territory}: the entity's divisions with their article, core territoryChoice).
  'territory.choice': { es: 'Elija {territory} de la lista.', en: 'Choose {territory} from the list.' },
  'choices.too_many': { es: 'Hay más opciones marcadas de las que existen.', en: 'More options are ticked than exist.' },
  'choices.repeated': { es: 'Una opción está marcada dos veces.', en: 'An option is ticked twice.' },
  'choices.exclusive': {
    es: '«Ninguna» o «Prefiero no responder» no se pueden combinar con otras opciones.',
    en: '"None" or "Prefer not to answer" cannot be combined with other options.',
  },
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
  // {name}: the placeholder as written; {known}: the ones the text's language offers (core territory-placeholders.ts).
  'definition.placeholder_unknown': {
    es: 'El marcador «{name}» no existe; en este texto puede usar {known}.',
    en: 'The placeholder “{name}” does not exist; this text may use {known}.',
  },
  'definition.placeholder_place': {
    es: 'Los marcadores del territorio van en las secciones y las preguntas, no en el título ni en la presentación del formulario.',
    en: "The territory placeholders go in sections and questions, not in the form's title or introduction.",
  },
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
  // The entity's settings: every device adopts them (its catalogues, its notice), a citizen's included.
  'settings.code_repeated': { es: 'Cada código debe aparecer una sola vez.', en: 'Each code must appear only once.' },
  'settings.parent': { es: '«{parent}» debe ser el código de una entrada del primer nivel.', en: '“{parent}” must be the code of a first-level entry.' },
  'settings.entity_name': { es: 'Escriba el nombre de la entidad (3 caracteres o más).', en: 'Enter the name of the entity (3 characters or more).' },
  'settings.municipality': { es: 'Escriba el municipio o distrito.', en: 'Enter the municipality or district.' },
  'settings.divipola': { es: 'El código DIVIPOLA tiene 5 dígitos (ej. 05001).', en: 'The DIVIPOLA code has 5 digits (e.g. 05001).' },
  'settings.nit': { es: 'Escriba el NIT con su dígito de verificación (ej. 890905211-1).', en: 'Enter the NIT with its check digit (e.g. 890905211-1).' },
  'settings.logo_size': { es: 'El logo debe pesar menos de 200 KB.', en: 'The logo must be smaller than 200 KB.' },
  'settings.logo_type': { es: 'El logo debe ser una imagen PNG, JPEG o SVG.', en: 'The logo must be a PNG, JPEG or SVG image.' },
} as const satisfies Record<string, FieldMessageDefinition>;

export type CitizenFieldMessageKey = keyof typeof citizenFieldMessages;

export const { message: citizenMessage, text: citizenText } = fieldMessagesOf<CitizenFieldMessageKey>(citizenFieldMessages);
