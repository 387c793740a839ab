/** Spanish texts of the home screen, the office's language switch and the names-instead-of-ids screens (issue 13). */
export const homeEs = {
  'nav.home': 'Inicio',
  'nav.otherLanguage': 'English',
  'home.title': 'Inicio',
  'home.as': 'Entró como: {role}',
  'home.today': 'Hoy',
  'home.upcoming': 'Próximos eventos',
  'home.noneToday': 'No hay eventos hoy.',
  'home.noneUpcoming': 'No hay eventos programados.',
  'home.allEvents': 'Todos los eventos',
  'home.reports': 'Informes',
  'home.report': 'Ver informe',
  'home.openDoor': 'Abrir la puerta',
  'home.admitted': 'Asistentes',
  'home.pending': 'Sin enviar en este dispositivo',
  'home.cases': 'Escuchadero: {open} casos abiertos ({overdue} vencidos, {soon} vencen en 3 días)',
  'home.citizenIntro': 'Aquí encuentra sus pases para los eventos de rendición de cuentas. El personal de la alcaldía ingresa con su cuenta.',
} as const;
