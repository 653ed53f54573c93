import { addDaysIso, countWorkingDays, type WorkingCalendar } from "@pctm/domain";

/**
 * Working days from tomorrow up to and including `deadline` (0 when it is today); once the deadline
 * has passed, minus the working days since it (-1 the working day after).
 */
export function workingDaysLeft(today: string, deadline: string, calendar: WorkingCalendar): number {
  if (deadline >= today) return countWorkingDays(addDaysIso(today, 1), deadline, calendar);
  return -countWorkingDays(addDaysIso(deadline, 1), today, calendar);
}
