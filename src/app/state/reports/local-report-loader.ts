import { dataServices } from '../services';
import { localEventReport, type LocalEventReport } from './local-event-report';

/** This device's records of the event, read from its own database (no network needed). */
export async function loadLocalEventReport(eventId: string): Promise<LocalEventReport> {
  const services = await dataServices();
  const records = await services.db.records.where('eventId').equals(eventId).toArray();
  return localEventReport(eventId, records, services.catalogues);
}
