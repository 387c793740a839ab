/**
 * Spanish texts of the kiosk (a shared tablet with one form): loaded by that page alone (a text area, i18n/index.ts), so the
 * citizen's form does not carry them. Its title stays in the shell. English twin in kiosk.en.ts.
 */
export const kioskEs = {
  'kiosk.setupTitle': 'Modo quiosco',
  'kiosk.setupText': 'Este dispositivo mostrará solo este formulario, que vuelve a empezar después de cada respuesta. Para salir se pedirá este PIN del personal.',
  'kiosk.pin': 'PIN del personal',
  'kiosk.pinHint': 'Entre 4 y 8 números.',
  'kiosk.pinAgain': 'Repita el PIN',
  'kiosk.pinInvalid': 'El PIN debe tener entre 4 y 8 números.',
  'kiosk.pinMismatch': 'Los dos PIN no coinciden.',
  'kiosk.pinWrong': 'PIN incorrecto.',
  'kiosk.start': 'Iniciar el quiosco',
  'kiosk.otherKiosk': 'Este dispositivo está en modo quiosco con otro formulario.',
  'kiosk.nextHint': 'El formulario quedará listo para la siguiente persona en unos segundos.',
  'kiosk.next': 'Nueva respuesta',
  'kiosk.leave': 'Salir del modo quiosco (personal)',
  'kiosk.leaveTitle': 'Salir del modo quiosco',
  'kiosk.leaveConfirm': 'Salir',
  'kiosk.cancel': 'Cancelar',
} as const;
