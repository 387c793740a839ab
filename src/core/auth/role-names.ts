/**
 * Who may do what (issue 5). A device enrolled by QR acts as 'campo', limited to its events.
 * - administrador: everything, personal data included; users, devices, audit, habeas data.
 * - planeacion: plans events, answers the escuchadero, sees personal data, exports.
 * - campo: the doors and kiosks of its events; only what the door needs.
 * - consulta: aggregates only (reports, dashboards, open data), never lists of people.
 */
export const ROLES = ['administrador', 'planeacion', 'campo', 'consulta'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { es: string; en: string }> = {
  administrador: { es: 'Administrador', en: 'Administrator' },
  planeacion: { es: 'Planeación', en: 'Planning office' },
  campo: { es: 'Personal de campo', en: 'Field staff' },
  consulta: { es: 'Consulta', en: 'Read-only (aggregates)' },
};

/** Roles whose members may see people's personal data (lists, inbox entries, exports). */
export const PERSONAL_DATA_ROLES: readonly Role[] = ['administrador', 'planeacion'];

/** Roles that may push records and pull door lists. */
export const WRITER_ROLES: readonly Role[] = ['administrador', 'planeacion', 'campo'];
