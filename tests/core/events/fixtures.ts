import { defaultCatalogues as catalogues } from '../../../src/core/catalogues';
import type { EventDraft } from '../../../src/core/events/event';

// Topic codes come from the catalogue, which a municipality (or the forms module) may renumber.
export const programmes = catalogues.topics.entries.filter((e) => e.kind === 'programa').map((e) => e.code);

export const draft: EventDraft = {
  name: 'Atril a la comuna 3 — rendición de cuentas 2026',
  type: 'atril_territorial',
  murcStage: 'ejecucion',
  responsibleOffice: 'planeacion',
  startsAt: '2026-11-21T09:00:00-05:00',
  endsAt: '2026-11-21T12:00:00-05:00',
  place: 'Coliseo de Manrique, Cra. 36 #71-20',
  territory: '03',
  modality: 'presencial',
  expectedAttendance: 150,
  topics: programmes.slice(0, 2),
  lscInterpreterBooked: false,
  status: 'planned',
};
