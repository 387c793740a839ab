import type { Catalogue, Catalogues } from '../../core/catalogues';
import type { SettingsVersion } from '../../core/settings/settings-version';
import { fieldOptions } from '../../core/forms';
import { ESCUCHADERO_FORM_ID } from '../../core/records/registry';
import type { EventStore } from '../store/event-store';
import type { FormStore } from '../store/form-store';
import type { ReportStore } from '../store/report-store';
import type { CommitmentStore } from '../store/commitment-store';
import type { EscuchaderoOrders } from './escuchadero-report';
import type { Holidays } from '../../core/time';
import type { MemoriaPdfPrinter } from './memoria-pdf';
import type { ReportWorkers } from './report-worker-pool';
import type { ExportWorkers } from './export-workers';

export interface ReportDeps {
  events: EventStore;
  reports: ReportStore;
  forms: FormStore;
  /** For the period's commitment figures (absent: the dashboard leaves them out). */
  commitments?: CommitmentStore;
  catalogues: Catalogues;
  /** The entity settings' versions, oldest first: a listado names a territory as its record's version did. */
  settingsHistory?: () => readonly SettingsVersion[];
  /** Colombian holidays, for the escuchadero's 15 working days. */
  holidays: Holidays;
  now: () => Date;
  /** Enrolled devices' names by id, so exports name the door (absent: device ids). */
  deviceLabels?: () => Promise<ReadonlyMap<string, string>>;
  /** Where an export that failed after its first bytes is reported (its client sees a cut download). */
  logError?: (error: unknown) => void;
  /** Prints the memoria as PDF (memoria-pdf.ts); absent: this machine's Chromium. */
  printMemoria?: MemoriaPdfPrinter;
  /** Computes period and event reports off the main thread (report-worker-pool.ts); absent: in process. */
  workers?: Pick<ReportWorkers, 'period' | 'event'>;
  /** Writes listado exports off the main thread (export-workers.ts); absent: in process. */
  exportWorkers?: Pick<ExportWorkers, 'listado'>;
}

/**
 * The territories of the entity's current settings, which title territory columns ("Localidad o unidad comunal
 * de gobierno"); before any save, the start catalogues'. Not `catalogues.territories`: that one also keeps
 * every earlier version's codes, so records captured before a change still read.
 */
export const currentTerritories = (deps: Pick<ReportDeps, 'catalogues' | 'settingsHistory'>): Catalogue =>
  deps.settingsHistory?.().at(-1)?.settings.territories ?? deps.catalogues.territories;

/** Escuchadero types in the order the current form offers them; topics in catalogue order. */
export function escuchaderoOrders(deps: Pick<ReportDeps, 'forms' | 'catalogues'>): EscuchaderoOrders {
  const field = deps.forms.latestOf(ESCUCHADERO_FORM_ID)?.fields.find((f) => f.id === 'tipo');
  return {
    types: field === undefined ? undefined : (fieldOptions(field, deps.catalogues) ?? []).map((o) => o.value),
    topics: deps.catalogues.topics.entries.map((e) => e.code),
  };
}
