import { checkIsoDate, type Issue } from "@pctm/domain";

/** A day (YYYY-MM-DD that is in the calendar), or the issue saying why not, at `field`. */
export function checkDay(day: string, field: string): Issue | undefined {
  const bad = checkIsoDate(day);
  return bad ? { ...bad, path: [field] } : undefined;
}
