import type { kioskEs } from './kiosk.es';

/** English twin of kiosk.es.ts (same keys). */
export const kioskEn: Record<keyof typeof kioskEs, string> = {
  'kiosk.setupTitle': 'Kiosk mode',
  'kiosk.setupText': 'This device will show only this form, which starts again after each answer. Leaving will ask for this staff PIN.',
  'kiosk.pin': 'Staff PIN',
  'kiosk.pinHint': '4 to 8 digits.',
  'kiosk.pinAgain': 'Repeat the PIN',
  'kiosk.pinInvalid': 'The PIN must have 4 to 8 digits.',
  'kiosk.pinMismatch': 'The two PINs do not match.',
  'kiosk.pinWrong': 'Wrong PIN.',
  'kiosk.start': 'Start the kiosk',
  'kiosk.otherKiosk': 'This device is in kiosk mode with another form.',
  'kiosk.nextHint': 'The form will be ready for the next person in a few seconds.',
  'kiosk.next': 'New answer',
  'kiosk.leave': 'Leave kiosk mode (staff)',
  'kiosk.leaveTitle': 'Leave kiosk mode',
  'kiosk.leaveConfirm': 'Leave',
  'kiosk.cancel': 'Cancel',
};
