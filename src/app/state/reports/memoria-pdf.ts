import { problem, type Problem } from '../../../core/problems/problem';
import { getReport } from './report-api';
import { endpoints } from './report-endpoints';

/** Fetches the server's PDF of the memoria and saves it; answers the problem when there is none to save. */
export async function downloadMemoriaPdf(eventId: string): Promise<Problem | undefined> {
  const answer = await getReport(endpoints.memoriaPdf(eventId), (response) => response.blob());
  if (!answer.ok) return answer.reason === 'offline' ? problem('network.unreachable') : answer.problem;
  const url = URL.createObjectURL(answer.value);
  const link = document.createElement('a');
  link.href = url;
  link.download = `memoria-${eventId}.pdf`;
  link.click();
  // The click has handed the file to the browser; the address is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
  return undefined;
}
