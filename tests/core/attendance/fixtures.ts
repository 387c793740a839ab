import { defaultCatalogues } from '../../../src/core/catalogues';
import { uuidV7 } from '../../../src/core/ids/uuidv7';

export const catalogues = defaultCatalogues;

/** A UUIDv7 whose random part is `seed` repeated: distinct seeds, distinct ids. */
export const idAt = (ms: number, seed = 1) => uuidV7(ms, new Uint8Array(10).fill(seed));

export const envelope = (kind: string, schemaVersion: number, payload: unknown) => ({
  id: idAt(1_763_700_000_000, 7),
  kind,
  schemaVersion,
  deviceId: 'puerta-1',
  createdAt: '2026-11-21T10:00:00-05:00',
  payload,
});

/** The smallest full attendance record: names, territory and consent. */
export const minimalEntry = {
  eventId: 'atril-comuna-3',
  method: 'manual',
  checkedInAt: '2026-11-21T10:00:00-05:00',
  firstNames: 'Ana María',
  surnames: 'Peña Ríos',
  territory: '03',
  consent: { accepted: true, textVersion: '2026-1' },
} as const;

/** Every variable filled in, with sensitive data expressly authorised. */
export const fullEntry = {
  ...minimalEntry,
  method: 'cedula',
  document: { type: 'CC', number: '43.123.456' },
  sexAtBirth: 'mujer',
  genderIdentity: 'mujer',
  sexualOrientation: 'no_responde',
  birthDate: '1990-05-17',
  lifeStage: 'adultez',
  ethnicity: 'negro_afro',
  disabilities: ['auditiva'],
  differentialGroups: ['victima', 'cuidadora'],
  neighbourhood: 'Manrique Oriental',
  organisation: { type: 'jac', name: 'JAC Manrique Oriental' },
  contact: { phone: '+57 300 123 4567', email: 'ana.pena@example.co' },
  accessibilityNeeds: ['interprete_lsc', 'otra'],
  accessibilityOther: 'Silla cerca del intérprete',
  consent: { accepted: true, textVersion: '2026-1', sensitiveData: true },
};

/** Field path → Spanish message, from a failed safeParse or a record problem. */
export const messagesByPath = (issues: readonly { path: PropertyKey[] | string; message: string }[]) =>
  Object.fromEntries(issues.map((i) => [typeof i.path === 'string' ? i.path : i.path.map(String).join('.'), i.message]));
