import { formatDateShort } from "../date/format-vietnamese-date.js";
import { checkIsoDate, type IsoDate } from "../date/iso-date.js";
import { parsePeriod } from "../period/period.js";
import { periodEnd, periodStart } from "../period/period-bounds.js";
import { periodLabel } from "../period/period-label.js";
import { type Issue, issue } from "../result/issue.js";
import { err, ok, type Result } from "../result/result.js";

/** A report (or an evaluation "as of") dated before its period even starts: nothing can be judged. */
export const AS_OF_BEFORE_PERIOD = "AS_OF_BEFORE_PERIOD";
/** A report dated before its data window ends: the figures of the last days cannot be in it. */
export const AS_OF_BEFORE_PERIOD_END = "AS_OF_BEFORE_PERIOD_END";

/**
 * Checks a report's date (`asOf`) against the period its figures cover (a campaign's data window
 * "2017-01-01/2020-06-30", or the period a plan is judged for "2020"). Before the period starts is
 * an error (AS_OF_BEFORE_PERIOD): the report would judge a future it cannot know. Inside the period
 * is a warning (AS_OF_BEFORE_PERIOD_END): the report may be an early one, but it must say that the
 * last days' figures cannot be in it. A date or period that does not read is an error with its own code.
 */
export function checkReportDate(asOf: string, period: string): Result<IsoDate> {
  if (typeof asOf !== "string" || typeof period !== "string") {
    return err(
      issue(
        "ARGUMENT_INVALID",
        "checkReportDate: cần (asOf: ngày YYYY-MM-DD, period: mã kỳ), theo thứ tự đó",
        [],
      ),
    );
  }
  const badDate = checkIsoDate(asOf);
  if (badDate) return err({ ...badDate, path: ["asOf"] });
  const parsed = parsePeriod(period);
  if (!parsed.ok) return err(parsed.errors.map((e): Issue => ({ ...e, path: ["period", ...e.path] })));
  const date = asOf as IsoDate;
  const start = periodStart(parsed.value);
  const end = periodEnd(parsed.value);
  const label = periodLabel(parsed.value);
  if (date < start) {
    return err(
      issue(
        AS_OF_BEFORE_PERIOD,
        `ngày báo cáo ${formatDateShort(date)} trước ngày bắt đầu của kỳ số liệu (${label}, từ ${formatDateShort(start)}): chưa có gì để đánh giá; hãy chọn ngày từ ${formatDateShort(start)} trở đi`,
        ["asOf"],
      ),
    );
  }
  if (date < end) {
    return ok(date, [
      issue(
        AS_OF_BEFORE_PERIOD_END,
        `ngày báo cáo ${formatDateShort(date)} trước khi kỳ số liệu (${label}) kết thúc ngày ${formatDateShort(end)}: số liệu từ sau ngày báo cáo chưa có, kết quả chỉ tính đến ngày ${formatDateShort(date)}`,
        ["asOf"],
      ),
    ]);
  }
  return ok(date);
}
