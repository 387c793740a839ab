/**
 * Spanish (es-CO) texts of the shell and of the citizen's pages (forms, scan): the first bundle. The staff
 * areas' texts (door, reports, auth) load apart (staff.es.ts), so a citizen's phone never downloads them.
 */
import { scanEs } from './scan.es';
import { formsEs } from './forms.es';

export const shellEs = {
  ...scanEs,
  ...formsEs,
  'app.name': 'Cabildo',
  'app.tagline': 'Rendición de cuentas',
  'app.skipToContent': 'Saltar al contenido',
  'nav.label': 'Secciones',
  'nav.attendance': 'Asistencia',
  'nav.attention': 'Atención',
  'nav.about': 'Acerca',

  'sync.label': 'Estado de sincronización',
  'sync.pending': '{count} pendientes',
  'sync.pendingOne': '1 pendiente',
  'sync.allSynced': 'Todo sincronizado',
  'sync.progress': 'Sincronizando… {done}/{total}',
  'sync.offline': 'Sin conexión: se guarda en el dispositivo',
  'sync.error': 'No se pudo sincronizar; se reintentará',
  'sync.lastSuccess': 'Última sincronización: {time}',
  'sync.never': 'Aún no se ha sincronizado',
  'sync.attention': '{count} requieren atención',
  'sync.attentionOne': '1 requiere atención',
  'sync.now': 'Sincronizar ahora',
  'sync.loading': 'Abriendo el almacenamiento…',

  'attendance.title': 'Registro de asistencia',
  'attendance.event': 'Evento: {event}',
  'attendance.fullName': 'Nombre completo',
  'attendance.documentType': 'Tipo de documento',
  'attendance.documentNumber': 'Número de documento',
  'attendance.documentNumberHint': 'Solo letras, números o guion, sin espacios.',
  'attendance.territoryPlaceholder': 'Elija una opción',
  'attendance.comunas': 'Comunas',
  'attendance.corregimientos': 'Corregimientos',
  'attendance.localidades': 'Localidades',
  'attendance.ucg': 'Unidades comunales de gobierno',
  'attendance.zonas': 'Zonas',
  'attendance.veredas': 'Veredas',
  'attendance.others': 'Otros',
  'attendance.noticeTitle': 'Aviso de tratamiento de datos personales',
  'attendance.consent': 'La persona conoce el aviso y autoriza el tratamiento de sus datos',
  'attendance.save': 'Guardar asistencia',
  'attendance.saving': 'Guardando…',
  'attendance.clear': 'Borrar',
  'attendance.saved': 'Guardado en este dispositivo: {name}',
  'attendance.fixErrors': 'Revise los campos marcados. No se guardó nada.',

  'attention.title': 'Requieren atención',
  'attention.intro': 'El servidor no aceptó estos registros. Siguen guardados en este dispositivo.',
  'attention.empty': 'No hay registros que requieran atención.',
  'attention.retry': 'Reintentar',
  'attention.retryOf': 'Reintentar el registro de {name}',
  'attention.status.conflict': 'Conflicto',
  'attention.status.rejected': 'Rechazado',
  'attention.savedAt': 'Registrado: {time}',

  'about.title': 'Acerca de Cabildo',
  'about.build': 'Versión (build)',
  'about.device': 'Identificador del dispositivo',
  'about.storage': 'Almacenamiento',
  'about.persisted': 'Almacenamiento persistente',
  'about.persistedYes': 'Sí: el navegador no borrará los datos',
  'about.persistedNo': 'No: el navegador podría borrar los datos si falta espacio',
  'about.persistedUnknown': 'Este navegador no lo informa',
  'about.usage': 'Uso',
  'about.usageValue': '{usage} de {quota}',
  'about.requestPersist': 'Pedir almacenamiento persistente',
  'about.language': 'Idioma',
  'about.unknown': 'Desconocido',

  'update.available': 'Hay una nueva versión',
  'update.apply': 'Actualizar',
  'update.blocked': 'Guarde o borre el formulario para actualizar',

  'notFound.title': 'Página no encontrada',
  'notFound.back': 'Ir al inicio',

  // The device banner shows on every screen, citizen pages included.
  'auth.signIn': 'Iniciar sesión',
  'auth.banner.revoked': 'Este dispositivo fue revocado. Sus {count} registros siguen guardados en este teléfono; pida a un administrador que lo vuelva a enrolar.',
  'auth.banner.revokedOne': 'Este dispositivo fue revocado. Su registro sigue guardado en este teléfono; pida a un administrador que lo vuelva a enrolar.',
  'auth.banner.refused': 'Este dispositivo no tiene permiso para enviar. Sus {count} registros siguen guardados en este teléfono; inicie sesión o pida a un administrador que lo enrole.',
  'auth.banner.refusedOne': 'Este dispositivo no tiene permiso para enviar. Su registro sigue guardado en este teléfono; inicie sesión o pida a un administrador que lo enrole.',
  'auth.banner.enroll': 'Enrolar de nuevo',
} as const;

export type ShellDictionary = Record<keyof typeof shellEs, string>;
