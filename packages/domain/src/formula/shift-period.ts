/**
 * The default period arithmetic for `[previous]` / `[-n]` when the context brings none: yearly
 * ("2020"), half-yearly ("2020S1"), quarterly ("2020Q3") and monthly ("2020-07") ids. A date range
 * has no "previous period" of its own: undefined.
 */
export function shiftPeriodDefault(periodId: string, offset: number): string | undefined {
  let m = /^(\d{4})$/.exec(periodId);
  if (m) return String(Number(m[1]) + offset);
  m = /^(\d{4})(S|Q)(\d)$/.exec(periodId);
  if (m) {
    const per = m[2] === "S" ? 2 : 4;
    const index = Number(m[1]) * per + Number(m[3]) - 1 + offset;
    return `${Math.floor(index / per)}${m[2]}${(index % per) + 1}`;
  }
  m = /^(\d{4})-(\d{2})$/.exec(periodId);
  if (m) {
    const index = Number(m[1]) * 12 + Number(m[2]) - 1 + offset;
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
  }
  return undefined;
}
