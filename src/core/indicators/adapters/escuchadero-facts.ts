import type { EscuchaderoCase } from '../../escuchadero/case-status';
import { ANSWER_DUE_WORKING_DAYS } from '../../escuchadero/working-days';
import type { EscuchaderoFacts } from '../facts';
import { addWorkingDays, BOGOTA_OFFSET_MINUTES, type Holidays, offsetText } from '../../time';

/**
 * The indicator row of one escuchadero case. dueAt is the first instant the answer is late: the start
 * (local midnight) of the working day after the 15th. So an answer on the 15th working day, or on the
 * weekend after it, is on time, exactly as the inbox's caseDeadline judges it.
 */
export function escuchaderoFactsOf(
  eventId: string,
  current: EscuchaderoCase,
  holidays: Holidays = [],
  offsetMinutes = BOGOTA_OFFSET_MINUTES,
): EscuchaderoFacts {
  const lateFrom = addWorkingDays(current.receivedAt, ANSWER_DUE_WORKING_DAYS + 1, holidays);
  const answered = current.state === 'answered' || current.state === 'closed';
  return {
    eventId,
    receivedAt: current.receivedAt,
    dueAt: `${lateFrom}T00:00:00${offsetText(offsetMinutes)}`,
    ...(answered ? { answeredAt: current.answeredAt } : {}),
  };
}
