import type { homeEs } from './home.es';

/** English texts of the home screen and the names-instead-of-ids screens: the same keys as home.es.ts. */
export const homeEn: Record<keyof typeof homeEs, string> = {
  'nav.home': 'Home',
  'nav.otherLanguage': 'Español',
  'home.title': 'Home',
  'home.as': 'Signed in as: {role}',
  'home.today': 'Today',
  'home.upcoming': 'Upcoming events',
  'home.noneToday': 'No events today.',
  'home.noneUpcoming': 'No events scheduled.',
  'home.allEvents': 'All events',
  'home.reports': 'Reports',
  'home.report': 'See report',
  'home.openDoor': 'Open the door',
  'home.admitted': 'Attendees',
  'home.pending': 'Not yet sent from this device',
  'home.cases': 'Escuchadero: {open} open cases ({overdue} overdue, {soon} due within 3 days)',
  'home.citizenIntro': 'Your passes for accountability events are here. Municipal staff sign in with their account.',
};
