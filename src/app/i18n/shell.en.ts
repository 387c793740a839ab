import type { ShellDictionary } from './shell.es';

import { scanEn } from './scan.en';
import { formsEn } from './forms.en';
// Commitments show on the citizen's tracking page; home holds the header's own labels.
import { commitmentsEn } from './commitments.en';
import { homeEn } from './home.en';

/** English twin of shell.es.ts (same keys). */
export const shellEn: ShellDictionary = {
  ...scanEn,
  ...formsEn,
  ...commitmentsEn,
  ...homeEn,
  'app.name': 'Cabildo',
  'app.tagline': 'Public accountability',
  'app.skipToContent': 'Skip to content',
  'nav.label': 'Sections',
  'nav.attendance': 'Attendance',
  'nav.attention': 'Attention',
  'nav.about': 'About',

  'sync.label': 'Sync status',
  'sync.pending': '{count} pending',
  'sync.pendingOne': '1 pending',
  'sync.allSynced': 'All synced',
  'sync.progress': 'Syncing… {done}/{total}',
  'sync.offline': 'Offline: saving on this device',
  'sync.error': 'Could not sync; will retry',
  'sync.lastSuccess': 'Last sync: {time}',
  'sync.never': 'Not synced yet',
  'sync.attention': '{count} need attention',
  'sync.attentionOne': '1 needs attention',
  'sync.now': 'Sync now',
  'sync.loading': 'Opening storage…',

  'attendance.title': 'Attendance',
  'attendance.event': 'Event: {event}',
  'attendance.fullName': 'Full name',
  'attendance.documentType': 'Document type',
  'attendance.documentNumber': 'Document number',
  'attendance.documentNumberHint': 'Letters, digits or hyphen only, no spaces.',
  'attendance.territory': 'Comuna or corregimiento',
  'attendance.territoryPlaceholder': 'Choose one',
  'attendance.comunas': 'Comunas',
  'attendance.corregimientos': 'Corregimientos',
  'attendance.localidades': 'Localidades',
  'attendance.ucg': 'Unidades comunales de gobierno',
  'attendance.zonas': 'Areas',
  'attendance.veredas': 'Veredas',
  'attendance.others': 'Other',
  'attendance.noticeTitle': 'Personal data notice',
  'attendance.consent': 'The person knows the notice and authorises the processing of their data',
  'attendance.save': 'Save attendance',
  'attendance.saving': 'Saving…',
  'attendance.clear': 'Clear',
  'attendance.saved': 'Saved on this device: {name}',
  'attendance.fixErrors': 'Check the marked fields. Nothing was saved.',

  'attention.title': 'Need attention',
  'attention.intro': 'The server did not accept these records. They are still saved on this device.',
  'attention.empty': 'No records need attention.',
  'attention.retry': 'Retry',
  'attention.retryOf': 'Retry the record of {name}',
  'attention.status.conflict': 'Conflict',
  'attention.status.rejected': 'Rejected',
  'attention.savedAt': 'Recorded: {time}',

  'about.title': 'About Cabildo',
  'about.build': 'Build',
  'about.device': 'Device id',
  'about.storage': 'Storage',
  'about.persisted': 'Persistent storage',
  'about.persistedYes': 'Yes: the browser will not clear the data',
  'about.persistedNo': 'No: the browser may clear the data when space runs low',
  'about.persistedUnknown': 'This browser does not say',
  'about.usage': 'Usage',
  'about.usageValue': '{usage} of {quota}',
  'about.requestPersist': 'Ask for persistent storage',
  'about.language': 'Language',
  'about.unknown': 'Unknown',

  'update.available': 'A new version is available',
  'update.apply': 'Update',
  'update.blocked': 'Save or clear the form to update',

  'notFound.title': 'Page not found',
  'notFound.back': 'Go to home',

  // The device banner shows on every screen, citizen pages included.
  'auth.signIn': 'Sign in',
  'auth.banner.revoked': 'This device was revoked. Its {count} records are still saved on this phone; ask an administrator to enrol it again.',
  'auth.banner.revokedOne': 'This device was revoked. Its record is still saved on this phone; ask an administrator to enrol it again.',
  'auth.banner.refused': 'This device may not send. Its {count} records are still saved on this phone; sign in or ask an administrator to enrol it.',
  'auth.banner.refusedOne': 'This device may not send. Its record is still saved on this phone; sign in or ask an administrator to enrol it.',
  'auth.banner.enroll': 'Enrol again',
};
