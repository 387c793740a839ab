import type { AttendanceStore } from '../attendance-store';
import { eventRecords } from './event-records-query';
import type { TransactionScope } from './transaction-scope';

export function postgresAttendanceStore(scope: TransactionScope): AttendanceStore {
  return { eventRecords: (eventId, kinds) => eventRecords(scope.db(), eventId, kinds, 0, Number.MAX_SAFE_INTEGER) };
}
