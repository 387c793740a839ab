import type { Migration } from 'kysely';
import { createRecords } from './0001-records';
import { addRecordsEventId } from './0002-records-event-id';
import { createEvents } from './0003-events';
import { createPasses } from './0004-passes';
import { createForms } from './0100-forms';
import { createEscuchaderoCases } from './0101-escuchadero-cases';
import { createAuth } from './0200-auth';
import { addPersonColumns } from './0300-person-columns';
import { createCommitments } from './0400-commitments';
import { createSettingsVersions } from './0410-settings';
import { createFormLinks } from './0430-form-links';
import { addAuditTargetIndex } from './0450-audit-target';
import { createPublications } from './0500-publications';
import { createUserEvents } from './0600-user-events';
import { createListadoOrder } from './0700-listado-order';

/**
 * Every migration, as code, in the order they run (Kysely sorts by name).
 * Names are permanent once released: the database remembers them.
 */
export const migrations: Record<string, Migration> = {
  '0001-records': createRecords,
  '0002-records-event-id': addRecordsEventId,
  '0003-events': createEvents,
  '0004-passes': createPasses,
  // Forms and escuchadero: numbered from 0100 so other features keep the lower numbers.
  '0100-forms': createForms,
  '0101-escuchadero-cases': createEscuchaderoCases,
  // Accounts, devices, audit and rate limits (issue 5).
  '0200-auth': createAuth,
  // Habeas data looks people up by column, not inside the JSON text (issue 11).
  '0300-person-columns': addPersonColumns,
  // Commitments and their progress (issue 14).
  '0400-commitments': createCommitments,
  // Entity settings and their catalogue versions (issue 13).
  '0410-settings': createSettingsVersions,
  // Durable form links, closable (issue 13).
  '0430-form-links': createFormLinks,
  // A commitment's audit history is read by target (issue 14, office side).
  '0450-audit-target': addAuditTargetIndex,
  // What the planning office publishes on /rendicion (issue 14).
  '0500-publications': createPublications,
  // The events each campo staff account is assigned to (issue 12).
  '0600-user-events': createUserEvents,
  // The listado export's order and duplicates, sorted by the database (issue 12).
  '0700-listado-order': createListadoOrder,
};
