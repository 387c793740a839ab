import type { formsEs } from './forms.es';

/** English texts of the forms screens: the same keys as forms.es.ts, or the build fails. */
export const formsEn: Record<keyof typeof formsEs, string> = {
  'forms.nav': 'Forms',
  'forms.citizen.title': 'Form',
  'forms.loading': 'Opening…',
  'forms.otherLanguage': 'Español',
  'forms.required': 'required',
  'forms.requiredLegend': 'Questions marked “required” must be answered.',
  'forms.choose': 'Choose an option',
  'forms.yes': 'Yes',
  'forms.no': 'No',
  'forms.length.count': '{count} of {max} characters',
  'forms.length.left': '{left} characters left.',
  'forms.length.over': '{count} characters: {extra} too many (at most {max}). Shorten the text to send it.',
  'forms.pickAny': 'You may tick several.',
  'forms.pickUpTo': 'Tick up to {max}.',
  'forms.rankUpTo': 'Choose up to {max}, in order of importance (the first is the most important).',
  'forms.numberRange': 'Write a number between {min} and {max}.',
  'forms.ratingScale': '{min} = {low}; {max} = {high}.',
  'forms.consentAccept': 'I have read the notice and authorise the processing of my data',
  'forms.consentVersion': 'Notice version: {version}',
  'forms.answerAsPass': 'Answer as {name}, with my pass for this event (so only one answer per person counts)',
  'forms.send': 'Send',
  'forms.sending': 'Saving…',
  'forms.fixOne': 'Check the marked question. Nothing was saved.',
  'forms.fixMany': 'Check the {count} marked questions. Nothing was saved.',
  'forms.thanks': 'Thank you! We received your answer',
  'forms.savedHere': 'Saved on this device.',
  'forms.sync.pending': 'Waiting to be sent: it will reach the server as soon as there is a connection.',
  'forms.sync.synced': 'Sent: the server has your answer.',
  'forms.sync.attention': 'The server did not accept this answer. {reason}',
  'forms.trackingCode': 'Your tracking code:',
  'forms.trackingCodeHint': 'Write it down or take a photo: use it to read the answer in “My questions”. The administration answers within 15 working days.',
  'forms.openTracking': 'Go to My questions',
  'forms.another': 'Send another answer',
  'forms.myQuestions': 'My questions',
  'forms.nothingPending': 'No answers waiting to be sent on this device.',
  'forms.pendingOne': '1 answer saved on this device, waiting to be sent.',
  'forms.pendingMany': '{count} answers saved on this device, waiting to be sent.',
  'forms.refusedTitle': 'Invalid link',
  'forms.cannotCheck': 'The link could not be checked',
  'forms.cannotCheckText': 'To check that this link is genuine, open it once with an internet connection. After that it also works offline.',

  'forms.ranking.count': 'Chosen: {count} of {max}.',
  'forms.ranking.chosen': 'Your order of priority',
  'forms.ranking.full': 'You chose {max}. To change, remove one.',
  'forms.ranking.up': 'Up',
  'forms.ranking.down': 'Down',
  'forms.ranking.remove': 'Remove',
  'forms.ranking.upOf': 'Up “{option}”',
  'forms.ranking.downOf': 'Down “{option}”',
  'forms.ranking.removeOf': 'Remove “{option}”',
  'forms.ranking.addOf': 'Add “{option}”',
  'forms.ranking.added': '“{option}” added in place {place} of {max}.',
  'forms.ranking.moved': '“{option}” now in place {place}.',
  'forms.ranking.removed': '“{option}” removed.',

  // Durable links and the urna in one step (issue 13).
  'forms.closedTitle': 'Form closed',



  'kiosk.title': 'Kiosk',


  'tracking.title': 'My questions',
};
