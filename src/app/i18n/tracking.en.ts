import type { trackingEs } from './tracking.es';

/** English twin of tracking.es.ts (same keys). */
export const trackingEn: Record<keyof typeof trackingEs, string> = {
  'tracking.nav': 'My questions',
  'tracking.intro': 'Listening-post messages sent from this device and the codes you look up. Answers arrive when the device syncs.',
  'tracking.news': 'Your question was answered',
  'tracking.lookupTitle': 'Another code?',
  'tracking.codeLabel': 'Look up a tracking code',
  'tracking.codeHint': 'Eight letters and digits, e.g. ACDE-FHJK.',
  'tracking.lookUp': 'Look up',
  'tracking.found': 'Code found: it is in the list.',
  'tracking.keptOffline': 'Offline: the code was added to the list and will be looked up when the device syncs.',
  'tracking.listTitle': 'Codes on this device',
  'tracking.empty': 'No codes on this device yet.',
  'tracking.answered': 'Your question was answered:',
  'tracking.answeredAt': 'Answered: {time}',
  'tracking.status.received': 'Received: the administration will assign it to an office.',
  'tracking.status.assigned': 'In progress: assigned to an office.',
  'tracking.status.answered': 'Answered.',
  'tracking.due': 'Answer due by: {date}',
  'tracking.stillHere': 'Saved on this device, waiting to be sent.',
  'tracking.noNews': 'No news from the server yet.',
  'tracking.checkNow': 'Check now',
  'tracking.checking': 'Checking…',
};
