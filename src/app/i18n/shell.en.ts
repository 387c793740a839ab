import type { ShellDictionary } from './shell.es';

import { scanEn } from './scan.en';
import { formsEn } from './forms.en';

/** English twin of shell.es.ts (same keys). */
export const shellEn: ShellDictionary = {
  ...scanEn,
  ...formsEn,
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

  'attention.title': 'Need attention',

  'about.title': 'About Cabildo',

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
