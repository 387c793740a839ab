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

  'attention.title': 'Requieren atención',

  'about.title': 'Acerca de Cabildo',

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
