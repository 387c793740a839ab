import { createSignal } from 'solid-js';
import type { ApiResult } from './api';
import { fetchAttendance, type AttendanceReport } from './events-api';

/** The official attendance list, computed by the server over every device's check-ins. */
export function useAttendanceReport(id: () => string) {
  const [report, setReport] = createSignal<ApiResult<AttendanceReport>>();
  const [loading, setLoading] = createSignal(false);
  async function reload(): Promise<void> {
    setLoading(true);
    try {
      setReport(await fetchAttendance(id()));
    } finally {
      setLoading(false);
    }
  }
  void reload();
  return { report, reload, loading };
}
