import { addWorkingDays, type CalendarDate, type Holidays } from '../time';

/** MURC: questions raised in an accountability dialogue are answered within 15 working days. */
export const ANSWER_DUE_WORKING_DAYS = 15;

/** The last day on which the answer is still on time. */
export const answerDueDate = (receivedAt: string, holidays: Holidays = []): CalendarDate =>
  addWorkingDays(receivedAt, ANSWER_DUE_WORKING_DAYS, holidays);
