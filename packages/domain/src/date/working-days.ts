import { z } from "zod";
import { addDaysIso, type IsoDate, IsoDateSchema } from "./iso-date.js";
import { weekdayIndex } from "./weekday.js";

/**
 * A year's working calendar is data, not code (Bộ luật Lao động 2019, Điều 112: Tết and Quốc khánh days
 * and swapped working days are announced each year). `holidays` are days off; `workingDays` are
 * weekend days made working by a swap; `weekend` lists weekday indexes off (0 = Chủ nhật, 6 = Thứ Bảy).
 */
export const WorkingCalendarSchema = z.object({
  holidays: z.array(IsoDateSchema).optional(),
  workingDays: z.array(IsoDateSchema).optional(),
  weekend: z.array(z.number().int().min(0).max(6)).optional(),
});

export type WorkingCalendar = z.infer<typeof WorkingCalendarSchema>;

const DEFAULT_WEEKEND: readonly number[] = [0, 6];

/** True when the day is worked under the calendar (Monday–Friday by default, minus holidays, plus swaps). */
export function isWorkingDay(date: IsoDate, calendar: WorkingCalendar = {}): boolean {
  if (calendar.workingDays?.includes(date)) return true;
  if (calendar.holidays?.includes(date)) return false;
  return !(calendar.weekend ?? DEFAULT_WEEKEND).includes(weekdayIndex(date));
}

/**
 * The working day `count` working days after `date` (before it when negative); 0 gives `date` itself
 * if it is a working day, else the next working day.
 */
export function addWorkingDays(date: IsoDate, count: number, calendar: WorkingCalendar = {}): IsoDate {
  if (!Number.isInteger(count)) throw new RangeError("count must be an integer");
  const step = count < 0 ? -1 : 1;
  let current = date;
  if (count === 0) {
    while (!isWorkingDay(current, calendar)) current = addDaysIso(current, 1);
    return current;
  }
  let remaining = Math.abs(count);
  while (remaining > 0) {
    current = addDaysIso(current, step);
    if (isWorkingDay(current, calendar)) remaining -= 1;
  }
  return current;
}

/** Working days from `from` to `to`, both included (0 when to < from). */
export function countWorkingDays(from: IsoDate, to: IsoDate, calendar: WorkingCalendar = {}): number {
  let count = 0;
  for (let day = from; day <= to; day = addDaysIso(day, 1)) {
    if (isWorkingDay(day, calendar)) count += 1;
  }
  return count;
}
