import type { EscuchaderoCase } from './case-status';
import { holidayCalendarOf, workingDaysWaited, type CalendarDate, type Holidays } from '../time';
import { ANSWER_DUE_WORKING_DAYS, answerDueDate } from './working-days';

export interface CaseDeadline {
  dueDate: CalendarDate;
  /** Working days waited until the answer, or until today while there is none. */
  workingDaysWaited: number;
  /** Still unanswered after the due date, or answered after it. */
  late: boolean;
}

/** What the planning office's list and the citizen's lookup show about the 15-working-day term. */
export function caseDeadline(current: EscuchaderoCase, today: CalendarDate, holidays: Holidays = []): CaseDeadline {
  const list = holidayCalendarOf(holidays);
  const until = current.state === 'answered' || current.state === 'closed' ? current.answeredAt : today;
  const waited = workingDaysWaited(current.receivedAt, until, list);
  return { dueDate: answerDueDate(current.receivedAt, list), workingDaysWaited: waited, late: waited > ANSWER_DUE_WORKING_DAYS };
}
