import type { ProblemDefinition } from './catalogue';

/** The problems of the office's screens, the door and the server: the catalogue's part no citizen page loads. */
export const officeProblems = {
  'request.malformed_json': {
    status: 400,
    es: 'El cuerpo de la solicitud no es JSON válido.',
    en: 'The request body is not valid JSON.',
  },
  'request.invalid': {
    status: 400,
    es: 'La solicitud no tiene la forma esperada.',
    en: 'The request does not have the expected shape.',
  },
  'request.too_large': {
    status: 413,
    es: 'La solicitud es demasiado grande.',
    en: 'The request is too large.',
  },
  'sync.batch_too_large': {
    status: 413,
    es: 'El lote tiene demasiados registros; envíelo en partes más pequeñas.',
    en: 'The batch has too many records; send it in smaller parts.',
  },
  'resource.not_found': {
    status: 404,
    es: 'No encontramos lo que busca.',
    en: 'Not found.',
  },
  'cedula.unrecognised': {
    status: 422,
    es: 'Este código no parece el de una cédula colombiana. Registre los datos a mano.',
    en: 'This code does not look like a Colombian cédula. Enter the details by hand.',
  },
  'cedula.unreadable': {
    status: 422,
    es: 'No se pudo leer la cédula completa. Verifique y complete los datos a mano.',
    en: 'The cédula could not be read completely. Check and complete the details by hand.',
  },
  'sync.response_invalid': {
    status: 502,
    es: 'La respuesta del servidor no se entendió. Sus datos siguen guardados en el dispositivo; se reintentará automáticamente.',
    en: 'The server answer could not be understood. Your data is still saved on the device; it will be retried automatically.',
  },
  'sync.result_missing': {
    status: 502,
    es: 'El servidor no respondió por algunos registros. Siguen pendientes en el dispositivo y se reenviarán.',
    en: 'The server did not answer for some records. They are still pending on the device and will be sent again.',
  },
  'pass.malformed': {
    status: 422,
    es: 'Este código no es un pase de Cabildo. Busque a la persona por su nombre o documento.',
    en: 'This code is not a Cabildo pass. Look the person up by name or document.',
  },
  'pass.forged': {
    status: 422,
    es: 'La firma del pase no es válida: no lo emitió este sistema o fue modificado. Registre a la persona con su documento.',
    en: 'The pass signature is not valid: it was not issued by this system or it was altered. Register the person with their document.',
  },
  'pass.wrong_event': {
    status: 422,
    es: 'Este pase es de otro evento. Registre a la persona con su documento si desea admitirla.',
    en: 'This pass is for another event. Register the person with their document to admit them.',
  },
  'event.invalid': {
    status: 422,
    es: 'El evento tiene datos inválidos.',
    en: 'The event has invalid data.',
  },
  'event.stale_revision': {
    status: 409,
    es: 'Alguien modificó este evento mientras usted lo editaba. Recargue el evento y vuelva a aplicar sus cambios.',
    en: 'Someone changed this event while you were editing it. Reload the event and apply your changes again.',
  },
  'report.invalid_period': {
    status: 400,
    es: 'El periodo del informe no es válido: indique fechas con zona horaria y un inicio anterior al fin.',
    en: 'The report period is not valid: give dates with a time zone and a start before the end.',
  },
  'export.invalid_cell': {
    status: 422,
    es: 'Un dato de la tabla no corresponde al tipo de su columna; no se generó el archivo.',
    en: 'A table value does not match its column type; the file was not generated.',
  },
  'export.not_anonymised': {
    status: 422,
    es: 'La tabla tiene datos que permitirían identificar personas (conteos menores que 5 sin reservar); no se publica.',
    en: 'The table has data that could identify people (unsuppressed counts below 5); it is not published.',
  },
  'event.id_taken': {
    status: 409,
    es: 'Ya existe un evento con este identificador y otros datos. Recargue la lista de eventos.',
    en: 'An event with this id and different data already exists. Reload the list of events.',
  },
  'registration.invalid': {
    status: 422,
    es: 'La inscripción tiene datos inválidos; revise los campos señalados.',
    en: 'The registration has invalid data; check the fields pointed out.',
  },
  'sync.cursor_invalid': {
    status: 400,
    es: 'La marca de la última descarga no es válida en este servidor. El dispositivo descargará todo de nuevo.',
    en: 'The last-download marker is not valid on this server. The device will download everything again.',
  },
  'form.id_taken': {
    status: 409,
    es: 'Ya existe un formulario con este identificador; elija otro.',
    en: 'A form with this id already exists; choose another one.',
  },
  'form.template_not_linkable': {
    status: 422,
    es: 'Una plantilla no se publica tal cual: cree primero un formulario a partir de ella.',
    en: 'A template is not published as is: create a form from it first.',
  },
  'report.pdf_unavailable': {
    status: 503,
    es: 'Este servidor no puede generar el PDF ahora (no tiene el navegador que lo imprime). Use «Imprimir / Guardar PDF» en esta página.',
    en: 'This server cannot make the PDF now (it lacks the browser that prints it). Use "Print / Save PDF" on this page.',
  },
  'report.worker_failed': {
    status: 503,
    es: 'El informe no se pudo calcular ahora (el proceso que lo calcula se detuvo). Inténtelo de nuevo en un momento.',
    en: 'The report could not be computed now (the process computing it stopped). Try again in a moment.',
  },
  'report.period_dates_invalid': {
    status: 400,
    es: 'Indique el periodo con from y to en formato AAAA-MM-DD (fechas reales), con from anterior o igual a to.',
    en: 'Give the period as from and to in YYYY-MM-DD (real dates), with from on or before to.',
  },
  // Issue 5: who may do what.
  'auth.required': {
    status: 401,
    es: 'Inicie sesión (o enrole este dispositivo) para continuar.',
    en: 'Sign in (or enrol this device) to continue.',
  },
  'auth.invalid_credentials': {
    status: 401,
    es: 'El correo o la contraseña no son correctos.',
    en: 'The email or the password is not correct.',
  },
  'auth.forbidden': {
    status: 403,
    es: 'Su rol no permite esta acción. Pida a un administrador que le dé acceso si lo necesita.',
    en: 'Your role does not allow this action. Ask an administrator for access if you need it.',
  },
  'auth.event_forbidden': {
    status: 403,
    es: 'Este dispositivo no está enrolado para el evento de este registro. El registro sigue guardado en el teléfono; pida a un administrador que enrole el dispositivo para ese evento.',
    en: 'This device is not enrolled for the event of this record. The record is still saved on the phone; ask an administrator to enrol the device for that event.',
  },
  'record.device_mismatch': {
    status: 403,
    es: 'Este registro dice venir de otro dispositivo: cada dispositivo solo envía sus propios registros.',
    en: 'This record says it comes from another device: each device sends only its own records.',
  },
  'device.revoked': {
    status: 401,
    es: 'Este dispositivo fue revocado. Sus registros siguen guardados en el teléfono; pida a un administrador que lo vuelva a enrolar.',
    en: 'This device was revoked. Its records are still saved on the phone; ask an administrator to enrol it again.',
  },
  'device.enrollment_invalid': {
    status: 410,
    es: 'Este código de enrolamiento ya se usó, venció o no existe. Pida uno nuevo a un administrador.',
    en: 'This enrolment code was already used, has expired or does not exist. Ask an administrator for a new one.',
  },
  'setup.already_done': {
    status: 409,
    es: 'Cabildo ya tiene un administrador. Inicie sesión con su cuenta.',
    en: 'Cabildo already has an administrator. Sign in with your account.',
  },
  'user.last_admin': {
    status: 409,
    es: 'Es el único administrador activo: nombre otro administrador antes de cambiar su rol o desactivarlo.',
    en: 'This is the only active administrator: appoint another administrator before changing its role or disabling it.',
  },
  'user.email_taken': {
    status: 409,
    es: 'Ya existe una cuenta con este correo.',
    en: 'An account with this email already exists.',
  },
  'catalogue.csv_invalid': {
    status: 422,
    es: 'El archivo no se importó: hay filas con errores. Corríjalas y vuelva a cargarlo; no se cambió nada.',
    en: 'The file was not imported: some rows have errors. Fix them and upload it again; nothing was changed.',
  },
  'commitment.id_taken': {
    status: 409,
    es: 'Ya existe un compromiso o un avance con este identificador y un contenido distinto. No se cambió nada.',
    en: 'A commitment or progress update with this id and different content already exists. Nothing was changed.',
  },
  // Publication on /rendicion (issue 14).
  'publication.answer_not_ready': {
    status: 409,
    es: 'Solo se publica una pregunta ya respondida cuyo autor autorizó publicarla. Esta no cumple ambas condiciones.',
    en: 'Only an answered question whose author allowed publishing it can be published. This one does not meet both conditions.',
  },
} as const satisfies Record<string, ProblemDefinition>;
